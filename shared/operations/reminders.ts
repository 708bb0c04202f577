// Operations of reminders. The shell asks; the core only reads.
import { z } from 'zod';
import type { ReminderDecision } from '../domain/reminders';
import { isoDateTime } from '../model/common';
import { op } from './op';

export const reminderOperations = {
  /**
   * What the shell should show now, if anything. The shell remembers what it has mentioned and when,
   * so the core stays stateless and a renderer call cannot swallow a reminder.
   */
  check: op(
    z
      .object({
        alreadyMentioned: z.array(z.string().max(200)).max(2_000),
        lastShownAt: isoDateTime.nullable(),
      })
      .strict(),
  ).returns<ReminderDecision>(),
} as const;
