// Robustness audit of the document-photo checks on a wide synthetic population:
//   node --import tsx bench/photo-audit.ts [--good 220] [--bad 20] [--seed 1000] [--save /tmp/photo-audit]
// Prints the false-rejection rate per problem code on good photos, the detection rate per bad category, and the
// failures (their specs and metrics); failing images are saved (full file plus an upright preview) for a look.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { ALIBABA_API_LIMITS, type PhotoReport } from '../src/photos/types.ts';
import { BAD_CATEGORIES, badSpec, goodSpec, type BadCategory, type PhotoSpec } from '../test/fixtures/photos/population.ts';
import { renderPhoto } from '../test/fixtures/photos/render.ts';

const arg = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1]! : fallback;
};
const GOOD = Number(arg('good', '220'));
const BAD = Number(arg('bad', '20'));
const SEED = Number(arg('seed', '1000'));
const SAVE = arg('save', '/tmp/photo-audit');
const ONLY = arg('only', 'all');
const METRICS = ['doc_area_pct', 'doc_corners', 'doc_touches_edge', 'doc_hand', 'doc_cluttered', 'doc_sides', 'doc_skin_touch', 'doc_corner_covered', 'border_paper_run_pct', 'border_foreign_run_pct', 'border_contrast', 'doc_long_side_px', 'sharpness', 'centre_sharpness', 'colourfulness', 'saturated_pct', 'clipped_pct', 'glare_blob_pct', 'luma', 'paper_luma', 'ink_luma', 'frame_texture', 'frame_luma_sd'];
const CSV = arg('csv', '');
// --impl points at another copy of the checks (e.g. the previous commit's) to audit it on the same photos.
const { inspectDocumentPhoto } = await import(arg('impl', '../src/photos/inspect.ts')) as typeof import('../src/photos/inspect.ts');
if (CSV) writeFileSync(CSV, `set,seed,errors,warnings,${METRICS.join(',')}\n`);

type Outcome = { spec: PhotoSpec; report: PhotoReport; bytes: Buffer };

async function run(spec: PhotoSpec, set: string): Promise<Outcome> {
  const bytes = await renderPhoto(spec);
  const report = await inspectDocumentPhoto(bytes, { doc: spec.paper, limits: ALIBABA_API_LIMITS, fileName: spec.defect?.kind === 'screenshot' ? 'shot.png' : 'IMG_0001.JPG' });
  if (CSV) appendFileSync(CSV, `${set},${spec.seed},${errors(report).join(' ')},${warnings(report).join(' ')},${METRICS.map((m) => report.metrics[m]).join(',')}\n`);
  return { spec, report, bytes };
}

const errors = (r: PhotoReport) => r.problems.filter((p) => p.severity === 'error').map((p) => p.code);
const warnings = (r: PhotoReport) => r.problems.filter((p) => p.severity === 'warning').map((p) => p.code);
const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)} %`;

function describe(s: PhotoSpec): string {
  const size = `${s.width}×${s.height}${s.messenger ? ' messenger' : ''} o${s.orientation} q${s.quality}`;
  const look = `${s.paper}#${s.tint} on ${s.background}#${s.bgTint}${s.hand ? ' +hand' : ''} fill ${s.fill.toFixed(2)} margin ${s.margin.toFixed(3)}`;
  const pose = `turn ${s.turn.toFixed(0)} pitch ${s.pitch.toFixed(0)} yaw ${s.yaw.toFixed(0)}`;
  const light = `grad ${s.gradient.toFixed(2)} shadow ${s.shadow.toFixed(2)} exp ${s.exposure.toFixed(2)} noise ${s.noise.toFixed(1)}${s.soft ? ' soft' : ''}${s.sharpen ? ' sharpened' : ''}`;
  return `seed ${s.seed}: ${size}; ${look}; ${pose}; ${light}${s.defect ? `; defect ${JSON.stringify(s.defect)}` : ''}`;
}

const metricLine = (r: PhotoReport) => METRICS.map((m) => `${m}=${r.metrics[m]}`).join(' ');

async function save(name: string, o: Outcome): Promise<void> {
  mkdirSync(SAVE, { recursive: true });
  writeFileSync(join(SAVE, `${name}.${o.report.format === 'png' ? 'png' : 'jpg'}`), o.bytes);
  const preview = await sharp(o.bytes).rotate().resize({ width: 900, height: 900, fit: 'inside' }).png().toBuffer();
  writeFileSync(join(SAVE, `${name}.preview.png`), preview);
}

async function auditGood(): Promise<Record<string, unknown>> {
  const errorCount: Record<string, number> = {}, warnCount: Record<string, number> = {};
  let rejected = 0, saved = 0;
  for (let i = 0; i < GOOD; i++) {
    const o = await run(goodSpec(SEED + i), 'good');
    for (const c of new Set(errors(o.report))) errorCount[c] = (errorCount[c] ?? 0) + 1;
    for (const c of new Set(warnings(o.report))) warnCount[c] = (warnCount[c] ?? 0) + 1;
    if (o.report.ok) continue;
    rejected++;
    console.log(`  FALSE REJECT [${errors(o.report)}] ${describe(o.spec)}\n    ${metricLine(o.report)}`);
    if (saved++ < 12) await save(`good-${o.spec.seed}`, o);
  }
  console.log(`\nGOOD photos: ${GOOD}, rejected ${rejected} (${pct(rejected, GOOD)})`);
  console.log('| code | false error | warning |\n|---|---|---|');
  for (const code of new Set([...Object.keys(errorCount), ...Object.keys(warnCount)])) {
    console.log(`| ${code} | ${errorCount[code] ?? 0} (${pct(errorCount[code] ?? 0, GOOD)}) | ${warnCount[code] ?? 0} (${pct(warnCount[code] ?? 0, GOOD)}) |`);
  }
  return { good: GOOD, good_rejected: rejected, false_errors: errorCount, warnings: warnCount };
}

async function auditBad(): Promise<Record<string, unknown>> {
  const rows: Record<string, { detected: number; rejected: number }> = {};
  for (const [category, code] of Object.entries(BAD_CATEGORIES) as [BadCategory, string][]) {
    let detected = 0, rejected = 0, saved = 0;
    for (let i = 0; i < BAD; i++) {
      const o = await run(badSpec(category, SEED + i), category);
      const errs = errors(o.report);
      if (errs.includes(code as never)) detected++;
      if (!o.report.ok) rejected++;
      if (errs.includes(code as never)) continue;
      console.log(`  MISSED ${category} [errors ${errs}; warnings ${warnings(o.report)}] ${describe(o.spec)}\n    ${metricLine(o.report)}`);
      if (saved++ < 3) await save(`bad-${category}-${o.spec.seed}`, o);
    }
    rows[category] = { detected, rejected };
  }
  console.log(`\nBAD photos: ${BAD} per category`);
  console.log('| category | expected error | detected | rejected for any reason |\n|---|---|---|---|');
  for (const [category, r] of Object.entries(rows)) {
    console.log(`| ${category} | ${BAD_CATEGORIES[category as BadCategory]} | ${r.detected}/${BAD} | ${r.rejected}/${BAD} |`);
  }
  return { bad_per_category: BAD, bad: rows };
}

const started = performance.now();
const good = ONLY === 'bad' ? {} : await auditGood();
const bad = ONLY === 'good' ? {} : await auditBad();
console.log(JSON.stringify({ ...good, ...bad, seconds: Math.round((performance.now() - started) / 1000) }));
