// Built-in apologies for mistakes in the work itself: a missed deadline, wrong data, lost data.
// Written to the advice the app encodes: apologise once, own it, say what you are doing and by when.
import type { SituationTexts } from './types';

export const missedDeadline: SituationTexts = {
  situation: 'missed-deadline',
  email: {
    subject: '{{brief.title}}: new delivery time',
    body: `Hi {{client.firstName}},

I'm sorry: {{brief.title}} was due with you on {{brief.deadline}}, and I missed that deadline. That was my mistake.

I will {{fix.action}} by {{fix.by}}. If you need it sooner than that, tell me and I will look at what I can move.

So that it doesn't happen again, I will {{prevention}}.

Best wishes,
{{va.firstName}}`,
  },
  chat: `Hi {{client.firstName}}, I'm sorry, I missed the deadline for {{brief.title}}. That's on me. I will {{fix.action}} by {{fix.by}}, and from now on I will {{prevention}}.`,
  phone: `Hi {{client.firstName}}, it's {{va.firstName}}. I'm calling about {{brief.title}}.

I missed the deadline: it was due on {{brief.deadline}}, and that was my mistake.

Here is what happens now: I will {{fix.action}} by {{fix.by}}.

So it doesn't happen again, I will {{prevention}}.

Does that work for you, or would you like me to handle it differently?`,
  voicemail: `Hi {{client.firstName}}, it's {{va.name}}, calling about {{brief.title}}. I missed the deadline on it, and that was my mistake. I will {{fix.action}} by {{fix.by}}, and I'll email you when it's done. If you'd like to talk it through, you can reach me on {{va.phone}}. Thank you.`,
};

export const wrongData: SituationTexts = {
  situation: 'wrong-data',
  email: {
    subject: 'Correction: {{brief.title}}',
    body: `Hi {{client.firstName}},

I'm sorry: I made an error in {{brief.title}}. {{incident.what}}.

That was my mistake. Please hold off using the earlier version until you have the corrected one.

I will {{fix.action}} by {{fix.by}}. From now on I will {{prevention}}.

Best wishes,
{{va.firstName}}`,
  },
  chat: `Hi {{client.firstName}}, I'm sorry, I got something wrong in {{brief.title}}: {{incident.what}}. That's my mistake. Please hold off using it for now. I will {{fix.action}} by {{fix.by}}.`,
  phone: `Hi {{client.firstName}}, it's {{va.firstName}}. I'm calling because I made an error in {{brief.title}}, and I wanted you to hear it from me first.

What happened: {{incident.what}}. That was my mistake.

Please hold off using the earlier version. I will {{fix.action}} by {{fix.by}}.

From now on I will {{prevention}}.

Is there anyone who has already used it that I should contact, or would you prefer to tell them yourself?`,
  voicemail: `Hi {{client.firstName}}, it's {{va.name}}. I made an error in {{brief.title}}, and I'm calling so you hear it from me first. Please hold off using it for now. I will {{fix.action}} by {{fix.by}}, and I'll email you the details. You can reach me on {{va.phone}}. Thank you.`,
};

export const lostData: SituationTexts = {
  situation: 'lost-data',
  email: {
    subject: '{{brief.title}}: what happened and what I am doing',
    body: `Hi {{client.firstName}},

I'm sorry: {{incident.what}}. That was my mistake.

Here is where things stand. I have {{incident.done}}. I will {{fix.action}} by {{fix.by}}, and I will tell you straight away if anything cannot be recovered.

From now on I will {{prevention}}.

Best wishes,
{{va.firstName}}`,
  },
  chat: `Hi {{client.firstName}}, I'm sorry, {{incident.what}}. That's on me. I have {{incident.done}}, and I will {{fix.action}} by {{fix.by}}. I'll tell you straight away if anything cannot be recovered.`,
  phone: `Hi {{client.firstName}}, it's {{va.firstName}}. I'm calling about {{brief.title}}.

{{incident.what}}, and that was my mistake.

What I have done so far: I have {{incident.done}}.

What happens next: I will {{fix.action}} by {{fix.by}}. If anything cannot be recovered, I will tell you straight away.

So it doesn't happen again, I will {{prevention}}.

How would you like me to go from here?`,
  voicemail: `Hi {{client.firstName}}, it's {{va.name}}. I'm calling about {{brief.title}}: some of your data was deleted, and that was my mistake. I have {{incident.done}}, and I will {{fix.action}} by {{fix.by}}. I'll email you the details now. You can reach me on {{va.phone}}. Thank you.`,
};
