import { describe, expect, it } from 'vitest';
import { validateEvent, validateSlots } from './event.validation.ts';

const at = (time: string) => new Date(`2026-12-20T${time}:00+07:00`);

describe('opening slots', () => {
  it('cuts the time into meetings of the given length, dropping a shorter last piece', () => {
    const v = validateSlots('en', { startsAt: at('09:00'), endsAt: at('10:40'), minutes: 30 });
    expect(v.ok && v.data.map((s) => s.startsAt.toISOString())).toEqual([at('09:00'), at('09:30'), at('10:00')].map((d) => d.toISOString()));
    expect(v.ok && v.data.at(-1)!.endsAt.toISOString()).toBe(at('10:30').toISOString());
  });

  it('refuses an end before one meeting’s length, a length out of range, and too many slots at once', () => {
    const short = validateSlots('en', { startsAt: at('09:00'), endsAt: at('09:20'), minutes: 30 });
    expect(!short.ok && short.error.fieldErrors).toEqual([{ field: 'endsAt', code: 'ENDS_BEFORE_START', message: 'End must come after the start.' }]);
    const tiny = validateSlots('vi', { startsAt: at('09:00'), endsAt: at('10:00'), minutes: 5 });
    expect(!tiny.ok && tiny.error.fieldErrors[0]!.code).toBe('TOO_SMALL');
    const many = validateSlots('en', { startsAt: at('00:00'), endsAt: new Date(at('00:00').getTime() + 2 * 86_400_000), minutes: 10 });
    expect(!many.ok && many.error.fieldErrors[0]!.code).toBe('TOO_MANY');
  });
});

describe('an event', () => {
  const EVENT = { titleVi: 'Chợ công nghệ Tây Ninh', descriptionVi: 'Kết nối cung cầu công nghệ của tỉnh.', startsAt: at('08:00'), endsAt: at('17:00'), online: true, onlineUrl: 'https://meet.example.vn/x', place: 'ignored', registrationDeadline: at('07:00') };

  it('keeps only the room of an online event (and only the place of one held somewhere)', () => {
    const v = validateEvent('vi', EVENT);
    expect(v.ok && [v.data.place, v.data.onlineUrl]).toEqual([null, 'https://meet.example.vn/x']);
  });

  it('refuses a room that is not a web address', () => {
    const v = validateEvent('en', { ...EVENT, onlineUrl: 'javascript:alert(1)' });
    expect(!v.ok && v.error.fieldErrors[0]!.field).toBe('onlineUrl');
  });
});
