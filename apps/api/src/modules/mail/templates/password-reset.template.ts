import type { MailTemplate } from './template';

export interface PasswordResetParams {
  givenName: string;
  link: string;
  validMinutes: number;
}

export const PASSWORD_RESET_TEMPLATE: MailTemplate<PasswordResetParams> = {
  en: (p) => ({
    subject: 'Reset your Tandem password',
    text: `Hello ${p.givenName},

someone (hopefully you) asked to reset the password of your Tandem account. Open this link to choose a new one:
${p.link}

The link works once and for ${p.validMinutes} minutes. If you did not ask for this, ignore this e-mail: your password stays as it is.`,
  }),
  et: (p) => ({
    subject: 'Tandemi parooli lähtestamine',
    text: `Tere, ${p.givenName}!

Keegi (loodetavasti sina) soovis sinu Tandemi konto parooli lähtestada. Ava see link, et valida uus parool:
${p.link}

Link töötab ühe korra ja ${p.validMinutes} minutit. Kui sa seda ei soovinud, jäta kiri tähelepanuta: sinu parool jääb samaks.`,
  }),
  lv: (p) => ({
    subject: 'Tandem paroles atiestatīšana',
    text: `Labdien, ${p.givenName}!

Kāds (cerams, jūs) lūdza atiestatīt jūsu Tandem konta paroli. Atveriet šo saiti, lai izvēlētos jaunu paroli:
${p.link}

Saite darbojas vienu reizi un ${p.validMinutes} minūtes. Ja to nelūdzāt, ignorējiet šo e-pastu: jūsu parole paliek nemainīga.`,
  }),
  lt: (p) => ({
    subject: 'Tandem slaptažodžio atkūrimas',
    text: `Sveiki, ${p.givenName},

kažkas (tikimės, jūs) paprašė atkurti jūsų Tandem paskyros slaptažodį. Atidarykite šią nuorodą ir pasirinkite naują:
${p.link}

Nuoroda veikia vieną kartą ir ${p.validMinutes} minučių. Jei to neprašėte, ignoruokite šį laišką: slaptažodis nepasikeis.`,
  }),
  ru: (p) => ({
    subject: 'Сброс пароля Tandem',
    text: `Здравствуйте, ${p.givenName}!

Кто-то (надеемся, вы) запросил сброс пароля вашей учётной записи Tandem. Откройте ссылку, чтобы выбрать новый пароль:
${p.link}

Ссылка действует один раз и ${p.validMinutes} минут. Если вы этого не запрашивали, просто проигнорируйте письмо: пароль останется прежним.`,
  }),
};
