import { writeFile } from 'node:fs/promises';
import type { Lang } from '../i18n/localized.ts';
import type { CommandIo } from './validate.ts';
import { DOC_VALUES, parseDocOption, readInputFile, type DocOption, type InputFile } from './input-file.ts';
import { MAX_INPUT_BYTES } from '../photos/decode.ts';
import { inspectDocumentPhoto, verdict } from '../photos/inspect.ts';
import { inputTooLarge } from '../photos/intake-rules.ts';
import { sniffFormat } from '../photos/sniff.ts';
import { createTextReader } from '../photos/read/reader.ts';
import { checkAndRead } from '../documents/reading/check-and-read.ts';
import { compareWithTyped, type Mismatch, type TypedValues } from '../documents/reading/compare.ts';
import { readDocument, type ReadAttempt } from '../documents/reading/read-document.ts';
import { readingToJson } from '../documents/reading/reading-json.ts';
import type { DocumentReading } from '../documents/reading/types.ts';
import { ALIBABA_API_LIMITS, SEED_LIMITS, type PhotoReport } from '../photos/types.ts';

type Options = { file: string; doc?: DocOption; json: boolean; lang: Lang; limits: 'seed' | 'alibaba'; out?: string; name?: string; idNumber?: string };

/** The document's text, read while the photo was checked: what it says and where it differs from what was typed. */
type Read = { reading?: DocumentReading; error?: string; mismatches: Mismatch[] };

const USAGE = `usage: dvbot check-photo FILE [--doc ${DOC_VALUES.join('|')}] [--name NAME] [--id-number N] [--json] [--lang en|zh] [--limits seed|alibaba] [--out FIXED.jpg]`;

/**
 * `dvbot check-photo FILE [--doc KIND] [--json]`: the document-photo checks alone. Exit 0 whatever the verdict,
 * 2 on bad usage or a missing file, 1 on failure. With `--json` prints
 * `{"ok","format","width","height","problems":[{"code","severity","message"}],"metrics"}`; with `--doc`, the document is
 * read while the photo is checked, and a photo that passed also gets `"read"` (what the document says) and
 * `"mismatches": [{"field","typed","read"}]` against `--name`/`--id-number`. KIND is a family of photos (`id_card`,
 * `permit`, …) or a document the registrar accepts (`resident_id`, `travel_permit_taiwan`, …: checked as its family).
 * @example await runCheckPhoto(['id.heic', '--doc', 'id_card', '--json'], io) // prints {"ok":true,"format":"heic",…}
 */
export async function runCheckPhoto(args: string[], io: CommandIo): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.err(`${parsed}\n${USAGE}`);
    return 2;
  }
  const input = await readInputFile(parsed.file, io);
  if (!input) return 2;
  const { report, read } = await checkInput(input, parsed);
  if (parsed.out && report.output) await writeFile(parsed.out, report.output.bytes);
  io.out(parsed.json ? JSON.stringify(toJson(report, parsed.lang, read)) : toText(report, parsed.lang, read));
  return 0;
}

/** The checks, and with `--doc` the reading beside them (started at once: on two cores it no longer waits for the check). */
async function checkInput(input: InputFile, options: Options): Promise<{ report: PhotoReport; read?: Read }> {
  // Never read a huge file whole: its first bytes tell the format, its size is the verdict.
  if (!('bytes' in input)) return { report: verdict(await sniffFormat(input.head), [inputTooLarge(input.size, MAX_INPUT_BYTES)], {}, { bytes: input.size }) };
  const limits = options.limits === 'alibaba' ? ALIBABA_API_LIMITS : SEED_LIMITS;
  const check = (bytes: Buffer) => inspectDocumentPhoto(bytes, { doc: options.doc?.photo, fileName: options.file, limits });
  const doc = options.doc;
  if (!doc) return { report: await check(input.bytes) };
  const reader = createTextReader();
  try {
    const { report, reading } = await checkAndRead(input.bytes, check, (bytes) => readDocument(reader, bytes, doc.kind ?? doc.photo));
    return { report, ...(reading ? { read: compared(reading, options) } : {}) };
  } finally {
    await reader.close();
  }
}

function compared(attempt: ReadAttempt, options: Options): Read {
  if (!attempt.ok) return { error: attempt.reason, mismatches: [] };
  const typed: TypedValues = { idNumber: options.idNumber, ...(options.doc?.photo === 'certificate' ? { orgName: options.name } : { name: options.name }) };
  return { reading: attempt.reading, mismatches: compareWithTyped(attempt.reading, typed) };
}

function parseArgs(args: readonly string[]): Options | string {
  const positional: string[] = [];
  const options: Omit<Options, 'file'> = { json: false, lang: 'en', limits: 'seed' };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? args[(i += 1)] ?? '';
    if (name === '--json') options.json = true;
    else if (name === '--doc') {
      const doc = parseDocOption(value());
      if (typeof doc === 'string') return doc;
      options.doc = doc;
    } else if (name === '--lang') {
      const lang = value();
      if (lang !== 'en' && lang !== 'zh') return `--lang must be en or zh, not "${lang}"`;
      options.lang = lang;
    } else if (name === '--limits') {
      const limits = value();
      if (limits !== 'seed' && limits !== 'alibaba') return `--limits must be seed or alibaba, not "${limits}"`;
      options.limits = limits;
    } else if (name === '--out') options.out = value() || undefined;
    else if (name === '--name') options.name = value() || undefined;
    else if (name === '--id-number') options.idNumber = value() || undefined;
    else if (name.startsWith('--')) return `unknown option ${name}`;
    else positional.push(arg);
  }
  if (positional.length === 0) return 'missing FILE';
  if (positional.length > 1) return `too many arguments (${positional.slice(1).join(' ')})`;
  return { file: positional[0]!, ...options };
}

/** A photo without any text is not the document, whatever its quality. */
const NO_TEXT = { code: 'no_document_text', severity: 'error', message: {
  en: 'This does not look like the document: no printed text could be found on it. Please photograph the document itself.',
  zh: '这看起来不是证件：照片上找不到任何印刷文字。请拍摄证件本身。',
} } as const;

function toJson(report: PhotoReport, lang: Lang, read?: Read): Record<string, unknown> {
  const noText = read?.reading?.hasText === false;
  const problems = [...report.problems, ...(noText ? [NO_TEXT] : [])];
  return {
    ok: report.ok && !noText, format: report.format, width: report.width, height: report.height,
    problems: problems.map((p) => ({ code: p.code, severity: p.severity, message: p.message[lang] })),
    metrics: report.metrics,
    ...(read ? { read: read.reading ? readingToJson(read.reading) : { error: read.error }, mismatches: read.mismatches } : {}),
  };
}

function toText(report: PhotoReport, lang: Lang, read?: Read): string {
  const noText = read?.reading?.hasText === false;
  const size = report.width ? ` ${report.width}×${report.height}` : '';
  const head = `${report.ok && !noText ? (lang === 'zh' ? '通过' : 'ok') : lang === 'zh' ? '不通过' : 'not ok'}: ${report.format}${size}`;
  const problems = [...report.problems, ...(noText ? [NO_TEXT] : [])].map((p) => `${p.severity} [${p.code}] ${p.message[lang]}`);
  const fields = Object.entries(read?.reading?.fields ?? {}).map(([field, value]) => `read ${field}: ${value}`);
  const mismatches = (read?.mismatches ?? []).map((m) => `mismatch ${m.field}: typed ${m.typed}, document says ${m.read}`);
  return [head, ...problems, ...fields, ...mismatches].join('\n');
}
