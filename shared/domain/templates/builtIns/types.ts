// The shape of a built-in situation's words, one variant per channel.
import type { TemplateSituation } from '../../../model/template';

export interface SituationTexts {
  situation: TemplateSituation;
  email: { subject: string; body: string };
  chat: string;
  phone: string;
  voicemail: string;
}
