import { readFileSync, writeFileSync } from 'node:fs';
import { freePort, launchChromium, startWebServer } from './test/e2e/server.ts';
const us = readFileSync('/work/shared/corpus/us-18usc-ch44-firearms.txt', 'utf8');
writeFileSync('/tmp/l16/large-law.txt', Array(16).fill(us).join('\n\n'));
const server = await startWebServer(await freePort());
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto(server.url);
const cdp = await page.context().newCDPSession(page);
async function profiled(label: string, fn: () => Promise<void>) {
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 1000 }); await cdp.send('Profiler.start');
  await fn();
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map<string, number>(); const dt = profile.timeDeltas!; const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
  profile.samples!.forEach((id: number, i: number) => { const n: any = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0) / 1000); });
  console.log('==', label); console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 14).map(([k, v]) => `${Math.round(v)}ms ${k}`).join('\n'));
}
await profiled('read', async () => {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Choose a file…' }).click()]);
  await chooser.setFiles(`/tmp/l16/large-law.txt`);
  await page.getByRole('group', { name: 'The law’s text' }).waitFor({ timeout: 120000 });
});
await page.getByRole('button', { name: 'Analyse the law' }).click();
await page.getByRole('button', { name: 'Analyse it' }).click();
await page.getByRole('listbox').getByRole('option').first().waitFor({ timeout: 180000 });
await page.waitForTimeout(3000);
await profiled('outline', async () => {
  await page.locator('.law-views').getByRole('button', { name: 'Outline', exact: true }).click();
  await page.getByRole('tree').waitFor(); await page.waitForTimeout(1000);
});
await browser.close(); server.child.kill();
