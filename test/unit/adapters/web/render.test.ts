import { describe, expect, it } from 'vitest';
import { toVisibleText, toWebMessage } from '../../../../adapters/web/render.ts';

describe('toWebMessage', () => {
  it('keeps text, choices, checklist, summary and the typing flag', () => {
    expect(toWebMessage({
      text: 'Pick one',
      choices: [{ id: 'a', label: 'A' }],
      checklist: [{ id: 'id', title: 'ID card', group: 'document' }],
      summary: [{ field: 'email', label: 'Email', value: 'a***@x.cn' }],
      typing: true,
    })).toMatchInlineSnapshot(`
      {
        "checklist": [
          {
            "group": "document",
            "id": "id",
            "title": "ID card",
          },
        ],
        "choices": [
          {
            "id": "a",
            "label": "A",
          },
        ],
        "summary": [
          {
            "field": "email",
            "label": "Email",
            "value": "a***@x.cn",
          },
        ],
        "text": "Pick one",
        "typing": true,
      }
    `);
  });

  it('omits empty lists', () => {
    expect(toWebMessage({ text: 'Hi', choices: [], checklist: [], summary: [] })).toEqual({ text: 'Hi' });
  });

  it('inlines a raster image as a data URL', () => {
    const image = { bytes: Buffer.from([1, 2, 3]), contentType: 'image/jpeg', name: 'id-card.jpg' };
    expect(toWebMessage({ text: 'Merged', image }).image).toEqual({ src: 'data:image/jpeg;base64,AQID', name: 'id-card.jpg' });
  });

  it('never inlines an SVG (it could carry script)', () => {
    const image = { bytes: Buffer.from('<svg/>'), contentType: 'image/svg+xml', name: 'x.svg' };
    expect(toWebMessage({ text: 'x', image }).image).toBeUndefined();
  });
});

describe('toVisibleText', () => {
  it('lists what a person reads, in order', () => {
    expect(toVisibleText(toWebMessage({
      text: 'Check:',
      checklist: [{ id: 'p', title: 'Passport', detail: 'photo page', group: 'document' }],
      summary: [{ field: 'name', label: 'Name', value: 'Ana' }],
      choices: [{ id: 'ok', label: 'Looks right' }],
    }))).toMatchInlineSnapshot(`
      "Check:
      Looks right
      Passport
      photo page
      Name: Ana"
    `);
  });
});
