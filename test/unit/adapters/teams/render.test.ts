import { describe, expect, it } from 'vitest';
import { toTeamsActivities } from '../../../../adapters/teams/render.ts';

describe('Teams render', () => {
  it('renders text, checklist and summary as plain lines', () => {
    expect(toTeamsActivities({
      text: 'Check <b>this</b> & **that**',
      checklist: [{ id: 'a', title: 'ID card', detail: 'Colour', group: 'document' }, { id: 'b', title: 'Trademark', group: 'qualification' }],
      summary: [{ field: 'email', label: 'Email', value: 'a***@example.com' }],
    })).toEqual([{ type: 'message', textFormat: 'plain', text: 'Check <b>this</b> & **that**\n• ID card — Colour\n• Trademark\nEmail: a***@example.com' }]);
  });

  it('puts choices on an Adaptive Card in sets of five buttons', () => {
    const [reply] = toTeamsActivities({ text: 'Pick', choices: Array.from({ length: 7 }, (_, i) => ({ id: `c${i}`, label: `Choice ${i}` })) });
    const card = reply?.attachments?.[0]?.content as { body: { actions: { data: unknown }[] }[] };
    expect(card.body.map((set) => set.actions.length)).toEqual([5, 2]);
    expect(card.body[1]?.actions[1]?.data).toEqual({ dvbotChoice: 'c6' });
  });

  it('sends an image inline and a typing indicator before a transient notice', () => {
    expect(toTeamsActivities({ text: 'Checking…', typing: true }).map((a) => a.type)).toEqual(['typing', 'message']);
    const [reply] = toTeamsActivities({ text: '', image: { bytes: Buffer.from('abc'), contentType: 'image/jpeg', name: 'm.jpg' } });
    expect(reply).toEqual({ type: 'message', textFormat: 'plain', attachments: [{ contentType: 'image/jpeg', contentUrl: 'data:image/jpeg;base64,YWJj', name: 'm.jpg' }] });
  });
});
