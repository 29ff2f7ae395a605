/** Types for heic-decode 2.x, which ships none. */
declare module 'heic-decode' {
  /** Decodes the primary image of a HEIC file to RGBA pixels. */
  function decode(input: { buffer: Uint8Array | ArrayBuffer }): Promise<{ width: number; height: number; data: Uint8ClampedArray }>;
  export default decode;
}
