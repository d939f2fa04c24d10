import type { MailTemplate } from './template';

export interface SurveyReminderParams {
  givenName: string;
  surveyTitle: string;
  /** What the survey is about (the module of the session), may be empty. */
  about: string;
  /** The page that opens the survey. */
  link: string;
}

const about = (p: SurveyReminderParams) => (p.about ? ` (${p.about})` : '');

export const SURVEY_REMINDER_TEMPLATE: MailTemplate<SurveyReminderParams> = {
  en: (p) => ({
    subject: `Your feedback: ${p.surveyTitle}`,
    text: `Hello ${p.givenName},\n\nwe have not received your answers to "${p.surveyTitle}"${about(p)} yet. It takes about three minutes:\n${p.link}\n\nIf you have answered in the meantime, thank you, and please ignore this message.`,
  }),
  et: (p) => ({
    subject: `Sinu tagasiside: ${p.surveyTitle}`,
    text: `Tere, ${p.givenName}!\n\nMe pole veel saanud sinu vastuseid küsitlusele „${p.surveyTitle}“${about(p)}. Vastamine võtab umbes kolm minutit:\n${p.link}\n\nKui oled vahepeal vastanud, siis aitäh ja palun jäta see kiri tähelepanuta.`,
  }),
  lv: (p) => ({
    subject: `Jūsu atgriezeniskā saite: ${p.surveyTitle}`,
    text: `Labdien, ${p.givenName}!\n\nMēs vēl neesam saņēmuši jūsu atbildes uz aptauju “${p.surveyTitle}”${about(p)}. Tas aizņem apmēram trīs minūtes:\n${p.link}\n\nJa esat pa to laiku atbildējis, paldies, un lūdzu, neņemiet šo vēstuli vērā.`,
  }),
  lt: (p) => ({
    subject: `Jūsų atsiliepimas: ${p.surveyTitle}`,
    text: `Sveiki, ${p.givenName},\n\ndar negavome jūsų atsakymų į apklausą „${p.surveyTitle}“${about(p)}. Tai užtruks apie tris minutes:\n${p.link}\n\nJei jau atsakėte, ačiū, ir nekreipkite dėmesio į šį laišką.`,
  }),
  ru: (p) => ({
    subject: `Ваш отзыв: ${p.surveyTitle}`,
    text: `Здравствуйте, ${p.givenName}!\n\nМы ещё не получили ваши ответы на опрос «${p.surveyTitle}»${about(p)}. Это займёт около трёх минут:\n${p.link}\n\nЕсли вы уже ответили, спасибо, и не обращайте внимания на это письмо.`,
  }),
};
