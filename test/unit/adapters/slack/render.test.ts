import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, toSlackMessage } from '../../../../adapters/slack/render.ts';

describe('Slack render', () => {
  it('escapes markup and neutralises broadcast mentions', () => {
    expect(escapeMrkdwn('<!channel> <@U1> <https://evil|x> & @here @Everyone @channels')).toBe(
      '&lt;!channel&gt; &lt;@U1&gt; &lt;https://evil|x&gt; &amp; @\u2060here @\u2060Everyone @channels',
    );
  });

  it('renders text, checklist, summary and choices as Block Kit', () => {
    expect(toSlackMessage({
      text: 'Check <this>',
      checklist: [{ id: 'a', title: 'ID card', detail: 'Colour & sharp', group: 'document' }, { id: 'b', title: 'Trademark', group: 'qualification' }],
      summary: [{ field: 'email', label: 'Email', value: 'a***@example.com' }],
      choices: [{ id: 'yes', label: 'Looks right' }],
    })).toMatchInlineSnapshot(`
      {
        "blocks": [
          {
            "text": {
              "text": "Check &lt;this&gt;",
              "type": "mrkdwn",
            },
            "type": "section",
          },
          {
            "text": {
              "text": "• *ID card*
            Colour &amp; sharp
      • *Trademark*",
              "type": "mrkdwn",
            },
            "type": "section",
          },
          {
            "fields": [
              {
                "text": "*Email*
      a***@example.com",
                "type": "mrkdwn",
              },
            ],
            "type": "section",
          },
          {
            "block_id": "dvbot_choices_0",
            "elements": [
              {
                "action_id": "dvbot_choice_0",
                "text": {
                  "text": "Looks right",
                  "type": "plain_text",
                },
                "type": "button",
                "value": "yes",
              },
            ],
            "type": "actions",
          },
        ],
        "text": "Check &lt;this&gt;",
      }
    `);
  });

  it('renders a typing notice as a context line', () => {
    expect(toSlackMessage({ text: 'Checking your photo…', typing: true }).blocks).toEqual([
      { type: 'context', elements: [{ type: 'mrkdwn', text: '_Checking your photo…_' }] },
    ]);
  });

  it('splits long text and many choices within Block Kit limits without cutting an entity', () => {
    const long = toSlackMessage({ text: `${'a'.repeat(2998)}&${'b'.repeat(10)}`, choices: Array.from({ length: 30 }, (_, i) => ({ id: `c${i}`, label: 'x'.repeat(100) })) });
    const sections = long.blocks.filter((b) => b.type === 'section').map((b) => (b.type === 'section' ? b.text?.text ?? '' : ''));
    expect(sections.map((s) => s.length)).toEqual([2998, 15]);
    expect(sections[1]?.startsWith('&amp;')).toBe(true);
    const actions = long.blocks.filter((b) => b.type === 'actions');
    expect(actions.map((b) => (b.type === 'actions' ? b.elements.length : 0))).toEqual([25, 5]);
    expect(actions[0]?.type === 'actions' && actions[0].elements[0]?.text.text.length).toBe(75);
  });
});
