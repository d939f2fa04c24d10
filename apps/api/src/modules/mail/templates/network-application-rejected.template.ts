import type { MailTemplate } from './template';

export interface NetworkApplicationRejectedParams {
  givenName: string;
  organisationName: string;
  /** The coordinator's words, as written. */
  reason: string;
}

export const NETWORK_APPLICATION_REJECTED_TEMPLATE: MailTemplate<NetworkApplicationRejectedParams> = {
  en: (p) => ({
    subject: 'Your application to join the Tandem network',
    text: `Hello ${p.givenName},

thank you for applying on behalf of ${p.organisationName} to join the Tandem network. The coordinator of your country could not accept the application this time, for this reason:

${p.reason}

You are welcome to apply again once the reason no longer applies.`,
  }),
  et: (p) => ({
    subject: 'Teie taotlus Tandemi võrgustikuga liitumiseks',
    text: `Tere, ${p.givenName}!

Täname, et esitasite organisatsiooni ${p.organisationName} nimel taotluse Tandemi võrgustikuga liitumiseks. Teie riigi koordinaator ei saanud taotlust seekord rahuldada järgmisel põhjusel:

${p.reason}

Võite uuesti taotleda, kui see põhjus on kõrvaldatud.`,
  }),
  lv: (p) => ({
    subject: 'Jūsu pieteikums pievienoties Tandem tīklam',
    text: `Labdien, ${p.givenName}!

Paldies, ka organizācijas ${p.organisationName} vārdā pieteicāties Tandem tīklam. Jūsu valsts koordinators šoreiz nevarēja pieteikumu apstiprināt šāda iemesla dēļ:

${p.reason}

Aicinām pieteikties atkārtoti, kad šis iemesls vairs nav spēkā.`,
  }),
  lt: (p) => ({
    subject: 'Jūsų paraiška prisijungti prie Tandem tinklo',
    text: `Sveiki, ${p.givenName},

dėkojame, kad organizacijos ${p.organisationName} vardu pateikėte paraišką prisijungti prie Tandem tinklo. Jūsų šalies koordinatorius šį kartą negalėjo jos patvirtinti dėl šios priežasties:

${p.reason}

Kviečiame pateikti paraišką dar kartą, kai ši priežastis nebegalios.`,
  }),
  ru: (p) => ({
    subject: 'Ваша заявка на вступление в сеть Tandem',
    text: `Здравствуйте, ${p.givenName}!

Спасибо, что подали заявку от имени организации ${p.organisationName} на вступление в сеть Tandem. Координатор вашей страны не смог одобрить заявку на этот раз по следующей причине:

${p.reason}

Вы можете подать заявку повторно, когда эта причина перестанет действовать.`,
  }),
};
