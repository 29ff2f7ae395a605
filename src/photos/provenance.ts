import { readExif, type ExifFacts } from './exif.ts';

/** The metadata sharp exposes that says where an image came from. */
export type MetadataBlocks = { exif?: Buffer; xmp?: Buffer; icc?: Buffer; comments?: { keyword: string; text: string }[] };

/** Where the file came from, as far as its metadata tells (absence proves nothing: chat apps strip it). */
export type Provenance = {
  exif: ExifFacts;
  /** The editing program named in EXIF Software or XMP CreatorTool/History, e.g. "Adobe Photoshop 21.0". */
  editor?: string;
  /** A definite screen-capture marker, e.g. `Software "Snipaste"`. */
  screenshotMarker?: string;
  /** Camera make/model or exposure settings present. */
  fromCamera: boolean;
};

const EDITORS = /photoshop|illustrator|imageready|gimp|pixelmator|affinity photo|paint\.net|photopea|lightroom|canva|picsart|meitu|美图|fotor|snapseed|polarr|photoscape|acdsee|corel/i;
const CAPTURE_TOOLS = /screenshot|screen ?shot|snipaste|snipping|greenshot|lightshot|sharex|flameshot|shottr|cleanshot|spectacle|ksnip|截图|截屏|屏幕快照|grab\b/i;
/** Display profiles name a monitor; camera profiles say sRGB, Display P3, Adobe RGB. */
const MONITOR_PROFILES = /\b(lcd|led|monitor|dell|benq|asus|acer|lg |samsung|viewsonic|eizo|philips|aoc|hp |imac|macbook|studio display|pro display|hd 709|color lcd|built-in)/i;

/**
 * Reads editor and screen-capture markers from EXIF, XMP, ICC and PNG text blocks.
 * @example readProvenance(await sharp(bytes).metadata()).editor // 'Adobe Photoshop 21.0 (Macintosh)'
 */
export function readProvenance(blocks: MetadataBlocks): Provenance {
  const exif = readExif(blocks.exif);
  const xmp = blocks.xmp ? blocks.xmp.subarray(0, 256 * 1024).toString('utf8') : '';
  const tools = [exif.software, ...xmpValues(xmp, ['xmp:CreatorTool', 'stEvt:softwareAgent', 'tiff:Software'])]
    .concat(pngText(blocks.comments, /^(software|creator|source)$/i))
    .filter((v): v is string => Boolean(v));
  const comments = [exif.userComment, ...xmpValues(xmp, ['exif:UserComment', 'dc:description'])]
    .concat(pngText(blocks.comments, /^(comment|description|title)$/i))
    .filter((v): v is string => Boolean(v));
  const icc = iccDescription(blocks.icc);
  return {
    exif,
    editor: tools.find((tool) => EDITORS.test(tool)),
    screenshotMarker: screenshotMarker(tools, comments, icc),
    fromCamera: Boolean(exif.make || exif.model || exif.hasCameraSettings),
  };
}

function screenshotMarker(tools: string[], comments: string[], icc: string | undefined): string | undefined {
  const tool = tools.find((t) => CAPTURE_TOOLS.test(t));
  if (tool) return `software "${tool}"`;
  const comment = comments.find((c) => /^\s*(screenshot|screen shot|屏幕快照|截屏|截图)\s*$/i.test(c));
  if (comment) return `comment "${comment}"`;
  if (icc && MONITOR_PROFILES.test(icc) && !/display p3|srgb|adobe rgb/i.test(icc)) return `display colour profile "${icc}"`;
  return undefined;
}

/** Values of simple XMP properties, written either as attributes or as elements (including rdf:Alt/Seq items). */
function xmpValues(xmp: string, names: string[]): string[] {
  if (!xmp) return [];
  const values: string[] = [];
  for (const name of names) {
    const escaped = name.replace(':', '\\:');
    for (const m of xmp.matchAll(new RegExp(`${escaped}="([^"]{1,200})"`, 'g'))) values.push(m[1]!);
    for (const m of xmp.matchAll(new RegExp(`<${escaped}>([\\s\\S]{1,2000}?)</${escaped}>`, 'g'))) {
      values.push(m[1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim());
    }
  }
  return values;
}

function pngText(comments: MetadataBlocks['comments'], keyword: RegExp): string[] {
  return (comments ?? []).filter((c) => keyword.test(c.keyword)).map((c) => c.text);
}

/** The profile description from an ICC block's `desc` tag (v2 'desc' or v4 'mluc'). */
export function iccDescription(icc: Buffer | undefined): string | undefined {
  if (!icc || icc.length < 132) return undefined;
  try {
    const count = Math.min(icc.readUInt32BE(128), 100);
    for (let i = 0; i < count; i++) {
      const at = 132 + i * 12;
      if (icc.subarray(at, at + 4).toString('latin1') !== 'desc') continue;
      return readDescTag(icc, icc.readUInt32BE(at + 4));
    }
  } catch {
    // A malformed profile has no usable description.
  }
  return undefined;
}

function readDescTag(icc: Buffer, offset: number): string | undefined {
  const type = icc.subarray(offset, offset + 4).toString('latin1');
  if (type === 'desc') {
    const length = icc.readUInt32BE(offset + 8);
    return icc.subarray(offset + 12, offset + 12 + Math.min(length, 256)).toString('latin1').replace(/\0+$/, '').trim();
  }
  if (type === 'mluc') {
    const length = icc.readUInt32BE(offset + 20);
    const start = offset + icc.readUInt32BE(offset + 24);
    return Buffer.from(icc.subarray(start, start + (Math.min(length, 256) & ~1))).swap16().toString('utf16le').trim();
  }
  return undefined;
}
