/**
 * One measured run, in its own process so that peak memory belongs to it alone:
 * `bench-run <engine|baseline> <file> [repeat]` prints {ms, maxRssMb, chars} as JSON.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { analyzeText } from '../core/analyze.js';
import { baselineAnalyze } from './lib/baseline.js';

const [engine, file, repeat = '1'] = process.argv.slice(2);
const text = readFileSync(file!, 'utf8').repeat(Number(repeat));
const run = engine === 'baseline' ? baselineAnalyze : (t: string, f: string) => analyzeText(t, { file: f });
const start = performance.now();
run(text, basename(file!));
const ms = performance.now() - start;
console.log(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, chars: text.length }));
