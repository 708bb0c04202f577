// Runs @doyensec/electronegativity over what we write and what we ship, and fails on any HIGH or MEDIUM
// finding that is not explained below. The tool always exits 0, so the gate is its CSV report.
// Scanned: the shell's sources (electron/**/*.ts) and a fresh build (main bundle, preload, renderer page with
// its CSP meta tag), built into a temporary folder so no one else's `out/` is touched.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();

/**
 * Findings we have reviewed and why they do not apply. Matched by check, file and a piece of the flagged code,
 * never by line number, so a moved line keeps its reason and a new call site is reported afresh.
 */
const ALLOWED = [
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: /electron\/security\.ts$|main\/index\.js$/,
    sample: /shell\.openExternal\(url\)/,
    reason: 'the one call, in openExternalIfAllowed: only http(s) with a public host and no credentials, or mailto, pass isAllowedExternalUrl (unit-tested)',
  },
];

function fail(message) {
  console.error(`security-audit: ${message}`);
  process.exit(1);
}

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) fail(`could not run ${command}: ${result.error.message}`);
  return result;
}

/** RFC 4180 rows: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) field += c;
    else if (c === ',') endField();
    else if (c === '\n') endRow();
    else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

function copyTree(from, to, keep) {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    if (entry.isDirectory()) copyTree(source, join(to, entry.name), keep);
    else if (keep(entry.name)) {
      mkdirSync(to, { recursive: true });
      cpSync(source, join(to, entry.name.replace(/\.cjs$/, '.js')));
    }
  }
}

const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
const work = mkdtempSync(join(tmpdir(), 'steadyhand-audit-'));
try {
  const outDir = join(work, 'out');
  const build = run(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { STEADYHAND_OUT_DIR: outDir });
  if (build.status !== 0) fail(`the build failed:\n${build.stdout}\n${build.stderr}`);

  // The scanner reads .js/.ts/.html (a sandboxed preload is .cjs, so it is copied as .js).
  const scan = join(work, 'scan');
  copyTree(join(root, 'electron'), join(scan, 'electron'), (name) => name.endsWith('.ts'));
  copyTree(join(outDir, 'main'), join(scan, 'out/main'), (name) => name.endsWith('.js'));
  copyTree(join(outDir, 'preload'), join(scan, 'out/preload'), (name) => name.endsWith('.cjs') || name.endsWith('.js'));
  copyTree(join(outDir, 'renderer'), join(scan, 'out/renderer'), (name) => name.endsWith('.html'));
  if (!existsSync(join(scan, 'out/renderer/index.html'))) fail('the build made no renderer/index.html');

  // electronegativity now and then writes a report with a short row (seen once in CI): run it once more
  // before giving up, and then fail with the row rather than a stack trace.
  const audit = (attempt) => {
    const report = join(work, `report-${attempt}.csv`);
    const tool = run(process.execPath, [
      join(root, 'node_modules/@doyensec/electronegativity/dist/index.js'),
      '-i',
      scan,
      '-e',
      electronVersion,
      '-o',
      report,
      '-v',
      'false',
    ]);
    if (!existsSync(report)) fail(`electronegativity wrote no report (exit ${tool.status}):\n${tool.stdout}\n${tool.stderr}`);
    const [header, ...rows] = parseCsv(readFileSync(report, 'utf8')).filter((r) => !(r.length === 1 && r[0].trim() === ''));
    const malformed = rows.filter((r) => r.length < header.length);
    return { header, rows, malformed };
  };
  let result = audit(1);
  if (result.malformed.length > 0) result = audit(2);
  if (result.malformed.length > 0) fail(`electronegativity wrote a malformed report twice; first bad row: ${JSON.stringify(result.malformed[0])}`);
  const { header, rows } = result;
  const col = (name) => header.findIndex((h) => h.trim() === name);
  const [iIssue, iSeverity, iConfidence, iFile, iLocation, iSample] = ['issue', 'severity', 'confidence', 'filename', 'location', 'sample'].map(col);
  if ([iIssue, iSeverity, iFile].some((i) => i < 0)) fail(`unexpected report header: ${header.join(', ')}`);

  const findings = rows.map((r) => {
    const file = r[iFile] === 'N/A' ? 'N/A' : relative(scan, r[iFile]);
    const finding = { check: r[iIssue], severity: r[iSeverity], confidence: r[iConfidence], file, location: r[iLocation], sample: (r[iSample] ?? '').trim() };
    const allowed = ALLOWED.find((a) => a.check === finding.check && a.file.test(file) && a.sample.test(finding.sample));
    return { ...finding, reason: allowed?.reason };
  });
  const serious = findings.filter((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM');
  const blocking = serious.filter((f) => f.reason === undefined);
  const count = (s) => findings.filter((f) => f.severity === s).length;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);

  console.log(
    `electronegativity (Electron ${electronVersion}): ${findings.length} findings — ${count('HIGH')} high, ${count('MEDIUM')} medium, ` +
      `${count('LOW')} low, ${count('INFORMATIONAL')} informational; ${serious.length - blocking.length} high/medium explained, ${blocking.length} blocking (${seconds} s)`,
  );
  for (const f of serious) {
    const where = `${f.file}:${f.location}`;
    console.log(`  ${f.reason ? 'explained' : 'BLOCKING '} ${f.severity} ${f.check} at ${where}${f.sample ? ` — ${f.sample.slice(0, 100)}` : ''}`);
    if (f.reason) console.log(`            because ${f.reason}`);
  }
  const unused = ALLOWED.filter((a) => !findings.some((f) => f.check === a.check && a.file.test(f.file) && a.sample.test(f.sample)));
  for (const a of unused) console.log(`  note: the allow-list entry for ${a.check} matched nothing; remove it if the code is gone`);
  if (blocking.length > 0) process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
