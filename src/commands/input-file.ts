import { stat } from 'node:fs/promises';
import type { CommandIo } from './validate.ts';

/**
 * The size of the regular file a photo command was given, or undefined after telling the user what is wrong with the
 * path (missing, a folder, a device): one message for every command that reads a file.
 * @example const size = await inputFileSize('id.jpg', io); if (size === undefined) return 2;
 */
export async function inputFileSize(file: string, io: CommandIo): Promise<number | undefined> {
  const size = await stat(file).then((s) => (s.isFile() ? s.size : undefined), () => undefined);
  if (size === undefined) io.err(`no such file: ${file}`);
  return size;
}
