// Built-in apologies for mistakes in communication: the wrong recipient, a misunderstood brief, a late reply.
import type { SituationTexts } from './types';

export const wrongRecipient: SituationTexts = {
  situation: 'wrong-recipient',
  email: {
    subject: '{{brief.title}}: sent to the wrong person',
    body: `Hi {{client.firstName}},

I'm sorry: {{incident.what}}. That was my mistake, and I know it involves information that was not meant for them.

I have {{incident.done}}. I will {{fix.action}} by {{fix.by}}, and I will confirm to you in writing once it is done.

From now on I will {{prevention}}.

Best wishes,
{{va.firstName}}`,
  },
  chat: `Hi {{client.firstName}}, I'm sorry, {{incident.what}}. That was my mistake. I have {{incident.done}}, and I will {{fix.action}} by {{fix.by}}.`,
  phone: `Hi {{client.firstName}}, it's {{va.firstName}}. I'm calling about {{brief.title}}.

{{incident.what}}. That was my mistake.

What I have done so far: I have {{incident.done}}.

Next, I will {{fix.action}} by {{fix.by}}, and I will confirm it to you in writing.

From now on I will {{prevention}}.

Is there anything else you would like me to do, or anyone you would like me to contact?`,
  voicemail: `Hi {{client.firstName}}, it's {{va.name}}. I'm calling about {{brief.title}}: I sent something to the wrong person, and that was my mistake. I have {{incident.done}}, and I will {{fix.action}} by {{fix.by}}. I'll email you the details now. You can reach me on {{va.phone}}. Thank you.`,
};

export const misunderstoodBrief: SituationTexts = {
  situation: 'misunderstood-brief',
  email: {
    subject: '{{brief.title}}: putting it right',
    body: `Hi {{client.firstName}},

Thank you for telling me. I misunderstood what you needed for {{brief.title}}: {{incident.what}}. I'm sorry, that was my mistake.

I will {{fix.action}} by {{fix.by}}.

From now on I will {{prevention}}.

Best wishes,
{{va.firstName}}`,
  },
  chat: `Hi {{client.firstName}}, thank you for telling me. I misunderstood the brief for {{brief.title}}, and I'm sorry, that's on me. I will {{fix.action}} by {{fix.by}}.`,
  phone: `Hi {{client.firstName}}, it's {{va.firstName}}. Thank you for telling me about {{brief.title}}.

I misunderstood what you needed: {{incident.what}}. That was my mistake.

I will {{fix.action}} by {{fix.by}}.

So I get it right from now on, I will {{prevention}}.

Before I start, can we go through what you need, so I have it exactly right?`,
  voicemail: `Hi {{client.firstName}}, it's {{va.name}}, calling about {{brief.title}}. I misunderstood what you needed, and that was my mistake. I will {{fix.action}} by {{fix.by}}, and I'll email you to confirm the details. You can reach me on {{va.phone}}. Thank you.`,
};

export const lateReply: SituationTexts = {
  situation: 'late-reply',
  email: {
    subject: 'Re: {{brief.title}}',
    body: `Hi {{client.firstName}},

I'm sorry for the slow reply to your message about {{brief.title}}. That's on me.

I will {{fix.action}} by {{fix.by}}.

From now on I will {{prevention}}.

Best wishes,
{{va.firstName}}`,
  },
  chat: `Hi {{client.firstName}}, sorry for the slow reply, that's on me. I will {{fix.action}} by {{fix.by}}.`,
  phone: `Hi {{client.firstName}}, it's {{va.firstName}}. I'm calling about your message on {{brief.title}}. I took too long to reply, and that's on me.

I will {{fix.action}} by {{fix.by}}.

From now on I will {{prevention}}.

Is there anything else you need from me on it?`,
  voicemail: `Hi {{client.firstName}}, it's {{va.name}}, about your message on {{brief.title}}. I took too long to reply, and that's on me. I will {{fix.action}} by {{fix.by}}, and I'll email you as well. You can reach me on {{va.phone}}. Thank you.`,
};
