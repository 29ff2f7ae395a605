import type { OutboundMessage } from '../../src/conversation/messages.ts';

const indent = (text: string, spaces: number) => text.split('\n').map((line) => `${' '.repeat(spaces)}${line}`).join('\n');

/** A bot message as terminal text: choices numbered, checklist and summary as indented lists. */
export function toTerminal(message: OutboundMessage): string {
  const lines = [message.text];
  for (const item of message.checklist ?? []) lines.push(`  ☐ ${item.title}${item.detail ? `\n${indent(item.detail, 6)}` : ''}`);
  for (const row of message.summary ?? []) lines.push(`  ${row.label}: ${row.value}`);
  if (message.image) lines.push(`  [image: ${message.image.name}, ${Math.round(message.image.bytes.length / 1024)} KB]`);
  (message.choices ?? []).forEach((choice, i) => lines.push(`  ${i + 1}) ${choice.label}`));
  return lines.join('\n');
}

/** A bot message as one JSON line (`--json`); image bytes are summarised, not dumped. */
export function toJsonLine(message: OutboundMessage): string {
  const { image, ...rest } = message;
  return JSON.stringify(image ? { ...rest, image: { name: image.name, contentType: image.contentType, bytes: image.bytes.length } } : rest);
}
