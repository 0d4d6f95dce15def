import { describe, expect, it } from 'vitest';
import { CLOSE_GRACE_MS, hoverIntent, OPEN_DELAY_MS, type HoverEvent, type HoverState } from '../../lib/hover-intent';

const same = (a: string, b: string) => a === b;
function run(events: HoverEvent<string>[]): HoverState<string> {
  return events.reduce<HoverState<string>>((state, event) => hoverIntent(state, event, same), { phase: 'idle' });
}

describe('hover intent', () => {
  it('opens only after the pointer rests on a name', () => {
    expect(run([{ type: 'enterMention', target: 'cnrs', now: 0 }, { type: 'tick', now: OPEN_DELAY_MS - 1 }]).phase).toBe('pending');
    expect(run([{ type: 'enterMention', target: 'cnrs', now: 0 }, { type: 'tick', now: OPEN_DELAY_MS }])).toEqual({ phase: 'open', target: 'cnrs' });
  });

  it('a pointer sweeping across a name opens nothing', () => {
    expect(run([{ type: 'enterMention', target: 'cnrs', now: 0 }, { type: 'leaveMention', now: 40 }, { type: 'tick', now: 500 }])).toEqual({ phase: 'idle' });
  });

  it('stays open while the pointer crosses to the card', () => {
    const state = run([
      { type: 'enterMention', target: 'cnrs', now: 0 },
      { type: 'tick', now: OPEN_DELAY_MS },
      { type: 'leaveMention', now: 200 },
      { type: 'tick', now: 200 + CLOSE_GRACE_MS - 1 },
      { type: 'enterCard' },
      { type: 'tick', now: 2000 },
    ]);
    expect(state).toEqual({ phase: 'open', target: 'cnrs' });
  });

  it('closes after the grace period once the pointer leaves the card', () => {
    const events: HoverEvent<string>[] = [
      { type: 'enterMention', target: 'cnrs', now: 0 },
      { type: 'tick', now: OPEN_DELAY_MS },
      { type: 'leaveCard', now: 1000 },
    ];
    expect(run([...events, { type: 'tick', now: 1000 + CLOSE_GRACE_MS - 1 }]).phase).toBe('closing');
    expect(run([...events, { type: 'tick', now: 1000 + CLOSE_GRACE_MS }]).phase).toBe('idle');
  });

  it('moving to another name restarts the delay for that name', () => {
    const state = run([
      { type: 'enterMention', target: 'cnrs', now: 0 },
      { type: 'tick', now: OPEN_DELAY_MS },
      { type: 'enterMention', target: 'mindef', now: 400 },
    ]);
    expect(state).toEqual({ phase: 'pending', target: 'mindef', openAt: 400 + OPEN_DELAY_MS });
  });

  it('Escape dismisses at once', () => {
    expect(run([{ type: 'enterMention', target: 'cnrs', now: 0 }, { type: 'tick', now: OPEN_DELAY_MS }, { type: 'dismiss' }])).toEqual({ phase: 'idle' });
  });
});
