import { describe, expect, it } from 'vitest';
import { createLanes } from '../../../src/notify/channel-lanes.ts';

const laneOf = (id: string) => id.split(':')[0]!;

/** A piece of work that stays open until the test lets it finish. */
function gates() {
  const open = new Map<string, () => void>();
  const started: string[] = [];
  const work = (id: string) => new Promise<boolean>((resolve) => { started.push(id); open.set(id, () => resolve(!id.endsWith('stop'))); });
  return { started, work, finish: (id: string) => open.get(id)!() };
}

describe('createLanes', () => {
  it('works each lane a few at a time, lanes side by side, and leaves a still busy lane out of the next run', async () => {
    const { started, work, finish } = gates();
    const lanes = createLanes(2);
    const first = lanes.run(['slack:1', 'slack:2', 'slack:3', 'web:1'], laneOf, work);
    expect(started).toEqual(['slack:1', 'slack:2', 'web:1']); // two of slack at once; web does not wait for slack
    finish('web:1');
    await new Promise((resolve) => setImmediate(resolve)); // the web lane is done
    const second = lanes.run(['slack:4', 'web:2'], laneOf, work); // slack is still busy: only web runs
    expect(started.slice(3)).toEqual(['web:2']);
    finish('web:2');
    await second.done;
    expect(lanes.busy('slack')).toBe(true);
    finish('slack:1');
    await new Promise((resolve) => setImmediate(resolve));
    expect(started.at(-1)).toBe('slack:3'); // a free worker takes the next of the lane
    finish('slack:2');
    finish('slack:3');
    await first.done;
    await lanes.idle();
    expect(lanes.busy('slack')).toBe(false);
    expect(started).not.toContain('slack:4');
  });

  it('stops a lane whose work answers false, and only that lane', async () => {
    const { started, work, finish } = gates();
    const lanes = createLanes(1);
    const run = lanes.run(['slack:stop', 'slack:2', 'web:1', 'web:2'], laneOf, work);
    finish('slack:stop');
    finish('web:1');
    await new Promise((resolve) => setImmediate(resolve));
    finish('web:2');
    await run.done;
    expect(started).toEqual(['slack:stop', 'web:1', 'web:2']);
  });
});
