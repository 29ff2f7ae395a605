import type { CommandIo } from './validate.ts';
import { DOC_VALUES, parseDocOption, readInputFile, type DocOption } from './input-file.ts';
import { MAX_INPUT_BYTES } from '../photos/decode.ts';
import { createTextReader } from '../photos/read/reader.ts';
import { readDocument } from '../documents/reading/read-document.ts';
import { readingToJson } from '../documents/reading/reading-json.ts';
import type { DocumentReading } from '../documents/reading/types.ts';

type Options = { file: string; doc: DocOption; json: boolean };

const USAGE = `usage: dvbot read-document FILE [--doc ${DOC_VALUES.join('|')}] [--json]`;

/**
 * `dvbot read-document FILE [--doc KIND] [--json]`: reads the fields the registry compares from a document photo.
 * KIND is a document the registrar accepts (`resident_id`, `travel_permit_hk_macao`, …: its own parser) or a family of
 * photos (`id_card`, `permit`, …: the parser its printed title names). Exit 0 whatever was read (or not), 2 on bad usage
 * or a missing file. With `--json` prints
 * `{"document": KIND|null, "fields": {…}, "confidence": {field: 0..1}, "problems": [{"code","message"}], "ms"}`.
 * @example await runReadDocument(['id.jpg', '--doc', 'resident_id', '--json'], io) // {"document":"resident_id_front",…}
 */
export async function runReadDocument(args: string[], io: CommandIo): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.err(`${parsed}\n${USAGE}`);
    return 2;
  }
  const input = await readInputFile(parsed.file, io);
  if (!input) return 2;
  if (!('bytes' in input)) {
    io.err(`${parsed.file} is larger than ${MAX_INPUT_BYTES} bytes`);
    return 2;
  }
  const reader = createTextReader();
  try {
    const attempt = await readDocument(reader, input.bytes, parsed.doc.kind ?? parsed.doc.photo);
    if (!attempt.ok) {
      io.out(parsed.json ? JSON.stringify({ document: null, fields: {}, confidence: {}, problems: [], error: attempt.reason }) : `could not read the text (${attempt.reason})`);
      return 0;
    }
    io.out(parsed.json ? JSON.stringify({ ...readingToJson(attempt.reading), ms: attempt.ms }) : toText(attempt.reading));
    return 0;
  } finally {
    await reader.close();
  }
}

function toText(reading: DocumentReading): string {
  if (!reading.hasText) return 'no document text found';
  const fields = Object.entries(reading.fields).map(([name, value]) => `${name}: ${value} (${reading.confidence[name as keyof typeof reading.confidence]})`);
  return [reading.document ?? 'unknown document', ...fields, ...reading.problems.map((p) => `problem [${p.code}] ${p.message.en}`)].join('\n');
}

function parseArgs(args: readonly string[]): Options | string {
  const positional: string[] = [];
  const options: Omit<Options, 'file'> = { json: false, doc: { photo: 'other' } };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '--json') options.json = true;
    else if (arg === '--doc' || arg.startsWith('--doc=')) {
      const doc = parseDocOption(arg.includes('=') ? arg.slice(6) : args[(i += 1)] ?? '');
      if (typeof doc === 'string') return doc;
      options.doc = doc;
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else positional.push(arg);
  }
  if (positional.length === 0) return 'missing FILE';
  if (positional.length > 1) return `too many arguments (${positional.slice(1).join(' ')})`;
  return { file: positional[0]!, ...options };
}
