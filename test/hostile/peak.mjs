// Loaded with `node --import` into a command under test: when the process ends, writes its peak resident memory
// (every thread's, worker threads included) to the file named by LEXGAP_PEAK_FILE. Test-only.
import { writeFileSync } from 'node:fs';

const file = process.env.LEXGAP_PEAK_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
