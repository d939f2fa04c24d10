import type { MailTemplate } from './template';

export interface SurveyInvitationParams {
  surveyTitle: string;
  /** The personal one-time link (it opens the survey without signing in). */
  link: string;
  /** The last day the link works, as YYYY-MM-DD. */
  validUntil: string;
}

/** A stakeholder's personal link to the needs analysis: it works once, without an account, and expires. */
export const SURVEY_INVITATION_TEMPLATE: MailTemplate<SurveyInvitationParams> = {
  en: (p) => ({
    subject: `Your opinion, please: ${p.surveyTitle}`,
    text: `Hello,\n\nthe Tandem programme of vocational schools and companies in Estonia, Latvia and Lithuania asks for your opinion in "${p.surveyTitle}". Your personal link opens the survey without an account and works once, until ${p.validUntil}:\n${p.link}\n\nPlease do not forward this link: it is for you only. Thank you!`,
  }),
  et: (p) => ({
    subject: `Palume teie arvamust: ${p.surveyTitle}`,
    text: `Tere!\n\nEesti, Läti ja Leedu kutsekoolide ja ettevõtete programm Tandem palub teie arvamust küsitluses „${p.surveyTitle}“. Teie isiklik link avab küsitluse ilma kontota ja töötab ühe korra, kuni ${p.validUntil}:\n${p.link}\n\nPalun ärge edastage seda linki: see on ainult teile. Aitäh!`,
  }),
  lv: (p) => ({
    subject: `Lūdzam jūsu viedokli: ${p.surveyTitle}`,
    text: `Labdien!\n\nIgaunijas, Latvijas un Lietuvas profesionālo skolu un uzņēmumu programma Tandem lūdz jūsu viedokli aptaujā “${p.surveyTitle}”. Jūsu personīgā saite atver aptauju bez konta un darbojas vienu reizi, līdz ${p.validUntil}:\n${p.link}\n\nLūdzu, nepārsūtiet šo saiti: tā ir tikai jums. Paldies!`,
  }),
  lt: (p) => ({
    subject: `Prašome jūsų nuomonės: ${p.surveyTitle}`,
    text: `Sveiki,\n\nEstijos, Latvijos ir Lietuvos profesinių mokyklų ir įmonių programa Tandem prašo jūsų nuomonės apklausoje „${p.surveyTitle}“. Jūsų asmeninė nuoroda atveria apklausą be paskyros ir veikia vieną kartą, iki ${p.validUntil}:\n${p.link}\n\nPrašome nepersiųsti šios nuorodos: ji skirta tik jums. Ačiū!`,
  }),
  ru: (p) => ({
    subject: `Просим ваше мнение: ${p.surveyTitle}`,
    text: `Здравствуйте!\n\nПрограмма Tandem профессиональных школ и предприятий Эстонии, Латвии и Литвы просит ваше мнение в опросе «${p.surveyTitle}». Ваша личная ссылка открывает опрос без учётной записи и действует один раз, до ${p.validUntil}:\n${p.link}\n\nПожалуйста, не пересылайте эту ссылку: она только для вас. Спасибо!`,
  }),
};
