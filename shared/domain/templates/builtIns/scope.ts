// Built-in messages that are not apologies: a billable change notice, and a calm clarification when
// the work was done as instructed. Neither apologises for doing what was agreed.
import type { SituationTexts } from './types';

export const beyondSpec: SituationTexts = {
  situation: 'beyond-spec',
  email: {
    subject: '{{brief.title}}: a change to the agreed work',
    body: `Hi {{client.firstName}},

Thank you for asking me to {{request.what}}. It is outside what we agreed for {{brief.title}}, so I will treat it as a change to the work.

My estimate is {{request.estimate}}, charged at {{client.rate}} in addition to the agreed fee. If you would like me to go ahead, reply to confirm and I will have it done by {{fix.by}}.

If you would rather keep to the original brief, that is fine, and nothing else changes.

Best wishes,
{{va.firstName}}`,
  },
  chat: `Hi {{client.firstName}}, happy to help with that. Asking me to {{request.what}} is outside what we agreed for {{brief.title}}, so it would be a change: about {{request.estimate}} at {{client.rate}}. Shall I go ahead? If you confirm, I will have it done by {{fix.by}}.`,
  phone: `Hi {{client.firstName}}, it's {{va.firstName}}. Thank you for asking me to {{request.what}}.

It is outside what we agreed for {{brief.title}}, so I would treat it as a change to the work.

My estimate is {{request.estimate}} at {{client.rate}}, in addition to the agreed fee.

If you would like me to go ahead, I will have it done by {{fix.by}}, and I will confirm it in writing today.

Would you like me to go ahead, or keep to the original brief?`,
  voicemail: `Hi {{client.firstName}}, it's {{va.name}}, about your request to {{request.what}}. It is outside what we agreed for {{brief.title}}, so I will email you an estimate today for you to approve before I start. You can reach me on {{va.phone}}. Thank you.`,
};

export const doneAsInstructed: SituationTexts = {
  situation: 'done-as-instructed',
  email: {
    subject: '{{brief.title}}: checking what you need',
    body: `Hi {{client.firstName}},

Thank you for letting me know. I have looked back at the request for {{brief.title}}. On {{instruction.date}} you asked me to:

“{{instruction.quote}}”

That is how I carried it out. I can see that you need something different now, so let's make sure I have it right this time. Could you tell me what you would like changed? Once you confirm, I will {{fix.action}} by {{fix.by}}.

Best wishes,
{{va.firstName}}`,
  },
  chat: `Hi {{client.firstName}}, thank you for letting me know. Your message on {{instruction.date}} said: “{{instruction.quote}}”, and that is how I did it. What would you like changed? Once you confirm, I will {{fix.action}} by {{fix.by}}.`,
  phone: `Hi {{client.firstName}}, it's {{va.firstName}}. Thank you for letting me know about {{brief.title}}.

I have looked back at the request. On {{instruction.date}} the instruction was: “{{instruction.quote}}”, and that is how I carried it out.

I can see you need something different now. Once we agree what that is, I will {{fix.action}} by {{fix.by}}.

What would you like changed?`,
  voicemail: `Hi {{client.firstName}}, it's {{va.name}}, about {{brief.title}}. Thank you for letting me know. I have looked back at the instruction from {{instruction.date}}, and I will email you today with what I did and a couple of questions, so we can get it how you want it. You can reach me on {{va.phone}}. Thank you.`,
};
