/**
 * Removes EXIF (including GPS and the camera owner), XMP, IPTC, comments, maker data and anything appended after the
 * image, without re-encoding: the pixels stay bit-identical. Keeps what decoding needs (JFIF, ICC profile, Adobe
 * colour transform, tables, frames, scans). Returns undefined when the stream is not a well-formed JPEG.
 */
export function stripJpegMetadata(jpeg: Buffer): Buffer | undefined {
  if (jpeg.length < 4 || jpeg[0] !== 0xff || jpeg[1] !== 0xd8) return undefined;
  const parts: Buffer[] = [jpeg.subarray(0, 2)];
  let at = 2;
  while (at + 2 <= jpeg.length) {
    if (jpeg[at] !== 0xff) return undefined;
    const marker = jpeg[at + 1]!;
    if (marker === 0xff) { at++; continue; }
    if (marker === 0xd9) return Buffer.concat([...parts, jpeg.subarray(at, at + 2)]);
    if (at + 4 > jpeg.length) return undefined;
    const length = jpeg.readUInt16BE(at + 2);
    const end = at + 2 + length;
    if (length < 2 || end > jpeg.length) return undefined;
    if (keepSegment(marker, jpeg.subarray(at + 4, end))) parts.push(jpeg.subarray(at, end));
    at = end;
    if (marker === 0xda) {
      const scanEnd = endOfEntropyData(jpeg, at);
      parts.push(jpeg.subarray(at, scanEnd));
      at = scanEnd;
    }
  }
  return undefined;
}

/** APP0 (JFIF), APP2 only when it is the ICC profile, APP14 (Adobe); all non-APP, non-comment segments. */
function keepSegment(marker: number, body: Buffer): boolean {
  if (marker === 0xfe) return false;
  if (marker < 0xe0 || marker > 0xef) return true;
  if (marker === 0xe0) return body.subarray(0, 5).toString('latin1') === 'JFIF\0';
  if (marker === 0xe2) return body.subarray(0, 12).toString('latin1') === 'ICC_PROFILE\0';
  return marker === 0xee;
}

/**
 * Skips entropy-coded data: stops at the first marker that is neither a stuffed 0xFF00 nor a restart marker.
 * `indexOf` jumps between 0xFF bytes natively: a byte-by-byte loop over a 4 MB scan cost a tenth of the whole check.
 */
function endOfEntropyData(jpeg: Buffer, from: number): number {
  for (let i = jpeg.indexOf(0xff, from); i >= 0 && i < jpeg.length - 1; i = jpeg.indexOf(0xff, i + 1)) {
    const next = jpeg[i + 1]!;
    if (next === 0x00 || (next >= 0xd0 && next <= 0xd7) || next === 0xff) continue;
    return i;
  }
  return jpeg.length;
}
