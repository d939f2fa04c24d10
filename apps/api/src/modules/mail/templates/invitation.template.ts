import type { MailTemplate } from './template';

export interface InvitationParams {
  givenName: string;
  inviterName: string;
  link: string;
  /** Date the link stops working, already formatted for the recipient (YYYY-MM-DD). */
  validUntil: string;
}

export const INVITATION_TEMPLATE: MailTemplate<InvitationParams> = {
  en: (p) => ({
    subject: 'You are invited to Tandem',
    text: `Hello ${p.givenName},

${p.inviterName} invites you to Tandem, the platform of the Baltic train-the-trainer programme for work-based-learning tutors.

Open this link to set your password and choose your language and consents:
${p.link}

The link works once and until ${p.validUntil}.

If you did not expect this e-mail, you can ignore it.`,
  }),
  et: (p) => ({
    subject: 'Kutse Tandemisse',
    text: `Tere, ${p.givenName}!

${p.inviterName} kutsub sind Tandemisse – Balti riikide töökohapõhise õppe juhendajate koolitusprogrammi keskkonda.

Ava see link, et määrata parool ning valida keel ja nõusolekud:
${p.link}

Link töötab ühe korra ja kuni ${p.validUntil}.

Kui sa seda kirja ei oodanud, võid selle tähelepanuta jätta.`,
  }),
  lv: (p) => ({
    subject: 'Ielūgums uz Tandem',
    text: `Labdien, ${p.givenName}!

${p.inviterName} aicina jūs pievienoties Tandem – Baltijas darba vidē balstītu mācību prakses vadītāju apmācības programmas platformai.

Atveriet šo saiti, lai iestatītu paroli un izvēlētos valodu un piekrišanas:
${p.link}

Saite darbojas vienu reizi un līdz ${p.validUntil}.

Ja negaidījāt šo e-pastu, varat to ignorēt.`,
  }),
  lt: (p) => ({
    subject: 'Kvietimas prisijungti prie Tandem',
    text: `Sveiki, ${p.givenName},

${p.inviterName} kviečia jus prisijungti prie Tandem – Baltijos šalių darbovietėje vykdomo mokymo vadovų mokymo programos platformos.

Atidarykite šią nuorodą, kad nustatytumėte slaptažodį ir pasirinktumėte kalbą bei sutikimus:
${p.link}

Nuoroda veikia vieną kartą ir iki ${p.validUntil}.

Jei šio laiško nesitikėjote, galite jį ignoruoti.`,
  }),
  ru: (p) => ({
    subject: 'Приглашение в Tandem',
    text: `Здравствуйте, ${p.givenName}!

${p.inviterName} приглашает вас в Tandem — платформу балтийской программы подготовки наставников обучения на рабочем месте.

Откройте ссылку, чтобы задать пароль и выбрать язык и согласия:
${p.link}

Ссылка действует один раз и до ${p.validUntil}.

Если вы не ожидали этого письма, просто проигнорируйте его.`,
  }),
};
