/** Document-photo intake: format detection, quality checks, registrar-ready JPEGs and front/back merging. */
export { inspectDocumentPhoto } from './inspect.ts';
export { mergeFrontBack } from './merge.ts';
export { createPhotoInspector, type PhotoInspector } from './inspector.ts';
export { ALIBABA_API_LIMITS, DOCUMENT_PHOTO_KINDS, SEED_LIMITS } from './types.ts';
export type {
  DocumentPhotoKind, ImageLimits, InspectOptions, MergeOptions, PhotoOutput, PhotoProblem, PhotoProblemCode, PhotoReport,
} from './types.ts';
