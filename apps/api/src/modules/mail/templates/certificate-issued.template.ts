import type { MailTemplate } from './template';

export interface CertificateIssuedParams {
  givenName: string;
  number: string;
  /** "My certificates" in the app. */
  link: string;
  /** The public verification page. */
  verifyLink: string;
}

export const CERTIFICATE_ISSUED_TEMPLATE: MailTemplate<CertificateIssuedParams> = {
  en: (p) => ({
    subject: `Your certificate ${p.number}`,
    text: `Hello ${p.givenName},

congratulations: you have completed the programme and your certificate ${p.number} has been issued.

Under "My certificates" you can download it as a PDF, download the digital credential (Open Badges 3.0), copy the verification link and add it to your LinkedIn profile:
${p.link}

Anyone can check that it is genuine at:
${p.verifyLink}`,
  }),
  et: (p) => ({
    subject: `Sinu tunnistus ${p.number}`,
    text: `Tere, ${p.givenName}!

Palju õnne: oled programmi läbinud ja sinu tunnistus ${p.number} on välja antud.

Jaotises „Minu tunnistused” saad selle alla laadida PDF-ina, laadida alla digitaalse tõendi (Open Badges 3.0), kopeerida kontrollilingi ja lisada selle oma LinkedIni profiilile:
${p.link}

Igaüks saab tunnistuse ehtsust kontrollida aadressil:
${p.verifyLink}`,
  }),
  lv: (p) => ({
    subject: `Jūsu sertifikāts ${p.number}`,
    text: `Labdien, ${p.givenName}!

Apsveicam: jūs esat pabeidzis(-usi) programmu, un jūsu sertifikāts ${p.number} ir izsniegts.

Sadaļā “Mani sertifikāti” varat to lejupielādēt PDF formātā, lejupielādēt digitālo apliecinājumu (Open Badges 3.0), nokopēt pārbaudes saiti un pievienot to savam LinkedIn profilam:
${p.link}

Ikviens var pārbaudīt tā īstumu:
${p.verifyLink}`,
  }),
  lt: (p) => ({
    subject: `Jūsų sertifikatas ${p.number}`,
    text: `Sveiki, ${p.givenName},

sveikiname: baigėte programą ir jūsų sertifikatas ${p.number} išduotas.

Skiltyje „Mano sertifikatai“ galite jį atsisiųsti PDF formatu, atsisiųsti skaitmeninį kredencialą (Open Badges 3.0), nukopijuoti patikros nuorodą ir pridėti jį prie savo LinkedIn profilio:
${p.link}

Bet kas gali patikrinti jo tikrumą adresu:
${p.verifyLink}`,
  }),
  ru: (p) => ({
    subject: `Ваш сертификат ${p.number}`,
    text: `Здравствуйте, ${p.givenName}!

Поздравляем: вы прошли программу, и ваш сертификат ${p.number} выдан.

В разделе «Мои сертификаты» можно скачать его в формате PDF, скачать цифровое удостоверение (Open Badges 3.0), скопировать ссылку для проверки и добавить его в профиль LinkedIn:
${p.link}

Любой может проверить его подлинность по адресу:
${p.verifyLink}`,
  }),
};
