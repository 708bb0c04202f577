// The model's date and time-zone rules for what the VA types, and that stored records keep the looser rules.
import { describe, expect, it } from 'vitest';
import { brief, briefFields, emptyBriefFields } from '../../../shared/model/brief';
import { client, clientFields, defaultClientFields, isKnownTimeZone } from '../../../shared/model/client';

const firstMessage = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

describe('brief deadlines', () => {
  it('say what is wrong with an impossible day', () => {
    expect(firstMessage(briefFields.safeParse({ ...emptyBriefFields(), title: 'T', deadline: '0001-03-04' }))).toBe('That year looks wrong: 0001.');
    expect(firstMessage(briefFields.safeParse({ ...emptyBriefFields(), title: 'T', deadline: '2026-02-31' }))).toBe('There is no 31 February.');
    expect(briefFields.safeParse({ ...emptyBriefFields(), title: 'T', deadline: '2027-01-15' }).success).toBe(true);
  });

  it('leave a stored brief with an old-style date readable', () => {
    expect(brief.shape.deadline.safeParse('1850-01-01').success).toBe(true);
    expect(briefFields.shape.deadline.safeParse('1850-01-01').success).toBe(false);
  });
});

describe('client time zones', () => {
  it('accept IANA names and empty, and refuse free text', () => {
    for (const zone of ['Europe/London', 'America/New_York', 'Asia/Manila', 'UTC', ''])
      expect(clientFields.safeParse({ ...defaultClientFields(), name: 'A', timezone: zone }).success, zone).toBe(true);
    for (const zone of ['London time', 'GMT+1 ish', 'Europe/Atlantis', 'europe/london']) {
      expect(firstMessage(clientFields.safeParse({ ...defaultClientFields(), name: 'A', timezone: zone })), zone).toBe(
        'Choose a time zone from the list, for example Europe/London.',
      );
    }
    expect(isKnownTimeZone('Europe/Kyiv')).toBe(true);
  });

  it('leave a stored client with a free-text zone readable', () => {
    expect(client.shape.timezone.safeParse('London time').success).toBe(true);
  });
});
