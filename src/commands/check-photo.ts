import { open, writeFile } from 'node:fs/promises';
import type { Lang } from '../i18n/localized.ts';
import type { CommandIo } from './validate.ts';
import { inputFileSize } from './input-file.ts';
import { MAX_INPUT_BYTES } from '../photos/decode.ts';
import { inspectDocumentPhoto, verdict } from '../photos/inspect.ts';
import { inputTooLarge } from '../photos/intake-rules.ts';
import { sniffFormat } from '../photos/sniff.ts';
import { createTextReader } from '../photos/read/reader.ts';
import { compareWithTyped, type Mismatch, type TypedValues } from '../documents/reading/compare.ts';
import { readDocument } from '../documents/reading/read-document.ts';
import { readingToJson } from '../documents/reading/reading-json.ts';
import type { DocumentReading } from '../documents/reading/types.ts';
import { ALIBABA_API_LIMITS, DOCUMENT_PHOTO_KINDS, SEED_LIMITS, type DocumentPhotoKind, type PhotoReport } from '../photos/types.ts';


type Options = { file: string; doc?: DocumentPhotoKind; json: boolean; lang: Lang; limits: 'seed' | 'alibaba'; out?: string; name?: string; idNumber?: string };

/** The document's text, read once the photo passed its checks: what it says and where it differs from what was typed. */
type Read = { reading?: DocumentReading; error?: string; mismatches: Mismatch[] };

const USAGE = `usage: dvbot check-photo FILE [--doc ${DOCUMENT_PHOTO_KINDS.join('|')}] [--name NAME] [--id-number N] [--json] [--lang en|zh] [--limits seed|alibaba] [--out FIXED.jpg]`;

/**
 * `dvbot check-photo FILE [--doc KIND] [--json]`: the document-photo checks alone. Exit 0 whatever the verdict,
 * 2 on bad usage or a missing file, 1 on failure. With `--json` prints
 * `{"ok","format","width","height","problems":[{"code","severity","message"}],"metrics"}`; with `--doc`, a photo that passed
 * also gets `"read"` (what the document says) and `"mismatches": [{"field","typed","read"}]` against `--name`/`--id-number`.
 * @example await runCheckPhoto(['id.heic', '--doc', 'id_card', '--json'], io) // prints {"ok":true,"format":"heic",…}
 */
export async function runCheckPhoto(args: string[], io: CommandIo): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.err(`${parsed}\n${USAGE}`);
    return 2;
  }
  const size = await inputFileSize(parsed.file, io);
  if (size === undefined) return 2;
  const report = await check(parsed, size);
  const read = parsed.doc && report.ok && report.output ? await readChecked(report.output.bytes, parsed) : undefined;
  if (parsed.out && report.output) await writeFile(parsed.out, report.output.bytes);
  io.out(parsed.json ? JSON.stringify(toJson(report, parsed.lang, read)) : toText(report, parsed.lang, read));
  return 0;
}

async function readChecked(bytes: Buffer, options: Options): Promise<Read> {
  const reader = createTextReader();
  try {
    const attempt = await readDocument(reader, bytes, options.doc);
    if (!attempt.ok) return { error: attempt.reason, mismatches: [] };
    const typed: TypedValues = { idNumber: options.idNumber, ...(options.doc === 'certificate' ? { orgName: options.name } : { name: options.name }) };
    return { reading: attempt.reading, mismatches: compareWithTyped(attempt.reading, typed) };
  } finally {
    await reader.close();
  }
}

async function check(options: Options, size: number): Promise<PhotoReport> {
  const handle = await open(options.file);
  try {
    if (size > MAX_INPUT_BYTES) {
      // Never read a huge file whole: its first bytes tell the format, its size is the verdict.
      const head = Buffer.alloc(4096);
      const { bytesRead } = await handle.read(head, 0, head.length, 0);
      return verdict(await sniffFormat(head.subarray(0, bytesRead)), [inputTooLarge(size, MAX_INPUT_BYTES)], {}, { bytes: size });
    }
    const bytes = await handle.readFile();
    const limits = options.limits === 'alibaba' ? ALIBABA_API_LIMITS : SEED_LIMITS;
    return await inspectDocumentPhoto(bytes, { doc: options.doc, fileName: options.file, limits });
  } finally {
    await handle.close();
  }
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
      const doc = value();
      if (!(DOCUMENT_PHOTO_KINDS as readonly string[]).includes(doc)) return `--doc must be one of ${DOCUMENT_PHOTO_KINDS.join(', ')}, not "${doc}"`;
      options.doc = doc as DocumentPhotoKind;
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
