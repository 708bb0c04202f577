// `npm run bench [-- --json FILE] [--runs N] [--skip-renderer]`: the ten-year benchmark. Generates
// (once, in bench-data/) ten years of data and a month of it, measures the core and the renderer side
// by side, prints a table and writes the figures as JSON.
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeDataDir } from './data';
import { measureOpen, measureSaves } from './measureCore';
import { measureMemory } from './measureMemory';
import { measureProcess } from './measureProcess';
import { BENCH_OUT_DIR, buildRenderer, initialJsGzipKb, measureEcho, measureFilter } from './measureRenderer';
import { round } from './stats';
import { DEFAULT_SEED } from './tenYears';

const ROOT = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: { json: { type: 'string' }, runs: { type: 'string', default: '5' }, 'skip-renderer': { type: 'boolean', default: false } },
});
const runs = Math.max(3, Number(values.runs));

/** Generated once per seed and kept (bench-data/ is ignored by git); the app never writes into these. */
function dataDir(name: string, years: number): string {
  const dir = join(ROOT, 'bench-data', `${name}-${DEFAULT_SEED}`);
  if (!existsSync(join(dir, 'steadyhand.json'))) writeDataDir(dir, years);
  return dir;
}

const log = (message: string) => process.stderr.write(`${message}\n`);

log('Preparing data: ten years, a month (0.1 year) and 50 briefs…');
const tenYears = dataDir('ten-years', 10);
const small = dataDir('tenth-year', 0.1);
const fiftyBriefs = dataDir('fifty-briefs', 50 / 1200);

// The app as it ships (main, the core process's entry and the renderer), built once into its own folder.
log(`Building the app into ${BENCH_OUT_DIR}/…`);
buildRenderer(ROOT);
const coreEntry = join(ROOT, BENCH_OUT_DIR, 'main/core.js');

log(`Opening the ten-year data ${runs} times beside readFile + JSON.parse…`);
const open = await measureOpen(tenYears, runs);
log('One durable edit at ten years and at a month, alternating; a burst of 100; 200 searches…');
const saves = await measureSaves(tenYears, small, runs * 5);
log(`Playing main: starting the core process ${runs} times on ten years, watching this event loop through opening, Today, a search and ten autosaves…`);
const processFigures = await measureProcess(tenYears, coreEntry, runs);
log('Resident memory of the core process holding ten years, at rest after opening and after searching (about two minutes)…');
const memory = await measureMemory(tenYears, coreEntry);

let renderer: Record<string, number | string | null> = { renderer_js_gzip_kb: null, filter_scaling_ratio: null };
if (!values['skip-renderer']) {
  const gzip = initialJsGzipKb(ROOT);
  log('Typing into the briefs filter in Chromium, with 12,000 briefs and with 50…');
  const filter = measureFilter(ROOT, tenYears, fiftyBriefs);
  log('Typing a new title into a brief in Chromium and waiting for its Briefs row, with 12,000 briefs and with 50…');
  const echo = measureEcho(ROOT, tenYears, fiftyBriefs);
  renderer = { renderer_js_gzip_kb: gzip.kb, renderer_js_files: gzip.files.join(' '), ...filter, ...echo };
}

const figures = {
  open_ratio: round(open.open_ratio),
  save_scaling_ratio: round(saves.save_scaling_ratio),
  save_floor_ratio: round(saves.save_floor_ratio),
  burst_writes: saves.burst_writes,
  core_rss_ratio: round(memory.core_rss_ratio),
  main_block_ms: round(processFigures.main_block_ms, 1),
  first_screen_ratio: round(processFigures.first_screen_ratio),
  search_ms_p95: round(saves.search_ms_p95),
  renderer_js_gzip_kb: typeof renderer.renderer_js_gzip_kb === 'number' ? round(renderer.renderer_js_gzip_kb, 1) : null,
  filter_scaling_ratio: typeof renderer.filter_scaling_ratio === 'number' ? round(renderer.filter_scaling_ratio) : null,
  echo_scaling_ratio: typeof renderer.echo_scaling_ratio === 'number' ? round(renderer.echo_scaling_ratio) : null,
  echo_bytes: typeof renderer.echo_kb === 'number' ? `${round(renderer.echo_kb, 1)} KB` : null,
  typing_long_tasks: typeof renderer.typing_long_tasks === 'number' ? renderer.typing_long_tasks : null,
};
const details = {
  open_ms: round(open.open_ms, 1),
  open_floor_ms: round(open.open_floor_ms, 1),
  save_ms_10y: round(saves.save_ms_10y, 2),
  save_ms_small: round(saves.save_ms_small, 2),
  save_floor_ms: round(saves.save_floor_ms, 2),
  save_bytes: saves.save_bytes,
  main_block_worst_ms: round(processFigures.main_block_worst_ms, 1),
  main_block_idle_ms: round(processFigures.main_block_idle_ms, 1),
  first_screen_ms: round(processFigures.first_screen_ms, 1),
  first_screen_floor_ms: round(processFigures.first_screen_floor_ms, 1),
  core_rss_mb: round(memory.core_rss_mb, 1),
  core_rss_searched_mb: round(memory.core_rss_searched_mb, 1),
  core_rss_searched_ratio: round(memory.core_rss_searched_ratio),
  core_rss_before_open_mb: round(memory.core_rss_before_open_mb, 1),
  core_rss_data_ratio: round(memory.core_rss_data_ratio),
  search_label: saves.search_label,
  search_index_build_ms: round(saves.search_index_build_ms, 1),
  filter_ms_big: typeof renderer.filter_ms_big === 'number' ? round(renderer.filter_ms_big, 2) : null,
  filter_ms_small: typeof renderer.filter_ms_small === 'number' ? round(renderer.filter_ms_small, 2) : null,
  echo_ms_big: typeof renderer.echo_ms_big === 'number' ? round(renderer.echo_ms_big, 1) : null,
  echo_ms_small: typeof renderer.echo_ms_small === 'number' ? round(renderer.echo_ms_small, 1) : null,
  typing_longest_task_ms: typeof renderer.typing_longest_task_ms === 'number' ? round(renderer.typing_longest_task_ms, 1) : null,
  renderer_js_files: renderer.renderer_js_files ?? null,
  runs,
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, ${process.platform}`,
  measured_at: new Date().toISOString(),
};

const rows: [string, string | number | null, string, string][] = [
  ['open_ratio', figures.open_ratio, '≤ 2.0', `${details.open_ms} ms vs ${details.open_floor_ms} ms`],
  ['save_scaling_ratio', figures.save_scaling_ratio, '≤ 1.5', `${details.save_ms_10y} ms vs ${details.save_ms_small} ms`],
  ['save_floor_ratio', figures.save_floor_ratio, 'report', `${details.save_ms_10y} ms vs ${details.save_floor_ms} ms for ${details.save_bytes} B`],
  ['burst_writes', figures.burst_writes, '≤ 5', '100 edits at once'],
  [
    'core_rss_ratio',
    figures.core_rss_ratio,
    '≤ 4',
    `${details.core_rss_mb} MB at rest (${details.core_rss_before_open_mb} MB before opening); after searching ${details.core_rss_searched_mb} MB, ${details.core_rss_searched_ratio}×`,
  ],
  ['core_rss_searched', details.core_rss_searched_ratio, 'report', 'the same core after its first searches (index built)'],
  [
    'main_block_ms',
    figures.main_block_ms,
    '≤ 50',
    `longest stall of main's event loop while the core process opens, searches, autosaves (worst run ${details.main_block_worst_ms} ms; idle, same probe: ${details.main_block_idle_ms} ms)`,
  ],
  ['first_screen_ratio', figures.first_screen_ratio, '≤ 2.5', `${details.first_screen_ms} ms launch → Today vs ${details.first_screen_floor_ms} ms`],
  ['search_ms_p95', figures.search_ms_p95, 'report', details.search_label],
  ['renderer_js_gzip_kb', figures.renderer_js_gzip_kb, '≤ 250', 'initial JS, gzip -9'],
  ['filter_scaling_ratio', figures.filter_scaling_ratio, '≤ 2', `${details.filter_ms_big ?? '-'} ms vs ${details.filter_ms_small ?? '-'} ms`],
  ['echo_scaling_ratio', figures.echo_scaling_ratio, '≤ 1.5', `autosave → Briefs row: ${details.echo_ms_big ?? '-'} ms vs ${details.echo_ms_small ?? '-'} ms`],
  ['echo_bytes', figures.echo_bytes, '≤ 64 KB', 'through the bridge for one autosave at ten years (requests, answers, events)'],
  [
    'typing_long_tasks',
    figures.typing_long_tasks,
    '0',
    `renderer tasks > 50 ms while typing 100 characters (longest ${details.typing_longest_task_ms ?? '-'} ms)`,
  ],
];
console.log(`\nSteadyhand benchmark — ${details.machine}\n`);
console.log(`${'figure'.padEnd(22)}${'value'.padStart(10)}  ${'target'.padEnd(8)}  measured`);
for (const [name, value, target, note] of rows) console.log(`${name.padEnd(22)}${String(value ?? '-').padStart(10)}  ${target.padEnd(8)}  ${note}`);
if (values.json) {
  writeFileSync(resolve(values.json), JSON.stringify({ ...figures, details }, null, 2) + '\n');
  console.log(`\nWrote ${resolve(values.json)}`);
}
