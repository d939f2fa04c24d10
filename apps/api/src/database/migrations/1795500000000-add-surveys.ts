import { MigrationInterface, QueryRunner } from 'typeorm';

const t = (en: string, et: string, lv: string, lt: string, ru: string) => ({ en, et, lv, lt, ru });

/** The standard "after a training session" form (ADMIN edits it; FEEDBACK surveys of sessions copy it). */
const AFTER_SESSION = {
  key: 'after-session',
  kind: 'FEEDBACK',
  mode: 'ANONYMOUS',
  title: t(
    'Feedback on the training session',
    'Tagasiside koolitusele',
    'Atgriezeniskā saite par mācību sesiju',
    'Atsiliepimas apie mokymų sesiją',
    'Отзыв о учебном занятии',
  ),
  intro: t(
    'Your answers help us improve the next sessions and the next version of the module. It takes about three minutes.',
    'Sinu vastused aitavad meil järgmisi koolitusi ja mooduli järgmist versiooni paremaks teha. Vastamine võtab umbes kolm minutit.',
    'Jūsu atbildes palīdz mums uzlabot nākamās sesijas un moduļa nākamo versiju. Tas aizņem apmēram trīs minūtes.',
    'Jūsų atsakymai padeda mums tobulinti kitas sesijas ir kitą modulio versiją. Tai užtruks apie tris minutes.',
    'Ваши ответы помогают нам улучшить следующие занятия и следующую версию модуля. Это займёт около трёх минут.',
  ),
  thankYou: t(
    'Thank you for your feedback!',
    'Aitäh tagasiside eest!',
    'Paldies par atgriezenisko saiti!',
    'Ačiū už atsiliepimą!',
    'Спасибо за ваш отзыв!',
  ),
  textsMayBeQuoted: true,
  questions: [
    {
      code: 'S1',
      type: 'SECTION',
      required: false,
      text: t('The session', 'Koolitus', 'Sesija', 'Sesija', 'Занятие'),
    },
    {
      code: 'Q1',
      type: 'LIKERT_5',
      required: true,
      notApplicable: false,
      text: t(
        'The session reached its learning outcomes.',
        'Koolitus saavutas oma õpiväljundid.',
        'Sesija sasniedza savus mācību rezultātus.',
        'Sesija pasiekė savo mokymosi rezultatus.',
        'Занятие достигло своих учебных результатов.',
      ),
    },
    {
      code: 'Q2',
      type: 'LIKERT_5',
      required: true,
      notApplicable: false,
      text: t(
        'The content is useful for my work as a WBL tutor.',
        'Sisu on kasulik minu töös töökohapõhise õppe juhendajana.',
        'Saturs ir noderīgs manā darbā kā darba vidē balstītu mācību tutoram.',
        'Turinys naudingas mano, kaip pameistrystės mokymo vadovo, darbe.',
        'Содержание полезно для моей работы наставника в обучении на рабочем месте.',
      ),
    },
    {
      code: 'Q3',
      type: 'LIKERT_5',
      required: true,
      notApplicable: true,
      text: t(
        'Working with my tandem partner helped me learn.',
        'Koostöö tandemipartneriga aitas mul õppida.',
        'Darbs ar tandēma partneri man palīdzēja mācīties.',
        'Darbas su tandemo partneriu padėjo man mokytis.',
        'Работа с партнёром по тандему помогла мне учиться.',
      ),
    },
    {
      code: 'Q4',
      type: 'SCALE_0_10',
      required: true,
      text: t(
        'How likely are you to recommend this training to a colleague?',
        'Kui tõenäoliselt soovitaksid seda koolitust kolleegile?',
        'Cik ticami jūs ieteiktu šo apmācību kolēģim?',
        'Kiek tikėtina, kad rekomenduotumėte šiuos mokymus kolegai?',
        'Насколько вероятно, что вы порекомендуете это обучение коллеге?',
      ),
    },
    {
      code: 'Q5',
      type: 'SINGLE',
      required: true,
      text: t(
        'The pace of the session was',
        'Koolituse tempo oli',
        'Sesijas temps bija',
        'Sesijos tempas buvo',
        'Темп занятия был',
      ),
      options: [
        { code: 'TOO_SLOW', text: t('too slow', 'liiga aeglane', 'pārāk lēns', 'per lėtas', 'слишком медленным') },
        { code: 'RIGHT', text: t('about right', 'paras', 'piemērots', 'tinkamas', 'подходящим') },
        { code: 'TOO_FAST', text: t('too fast', 'liiga kiire', 'pārāk ātrs', 'per greitas', 'слишком быстрым') },
      ],
    },
    {
      code: 'Q5A',
      type: 'TEXT',
      required: false,
      long: false,
      showIf: { questionCode: 'Q5', value: 'TOO_FAST' },
      text: t(
        'What should we have spent more time on?',
        'Millele oleks tulnud rohkem aega pühendada?',
        'Kam vajadzēja veltīt vairāk laika?',
        'Kam reikėjo skirti daugiau laiko?',
        'Чему следовало уделить больше времени?',
      ),
    },
    {
      code: 'Q6',
      type: 'MULTI',
      required: false,
      allowOther: true,
      text: t(
        'Which parts were the most useful?',
        'Millised osad olid kõige kasulikumad?',
        'Kuras daļas bija visnoderīgākās?',
        'Kurios dalys buvo naudingiausios?',
        'Какие части были наиболее полезными?',
      ),
      options: [
        {
          code: 'INPUTS',
          text: t('short inputs', 'lühiettekanded', 'īsas prezentācijas', 'trumpi pranešimai', 'короткие доклады'),
        },
        { code: 'GROUP_WORK', text: t('group work', 'rühmatöö', 'grupu darbs', 'darbas grupėse', 'групповая работа') },
        {
          code: 'TANDEM_TASKS',
          text: t('tandem tasks', 'tandemiülesanded', 'tandēma uzdevumi', 'tandemo užduotys', 'задания в тандеме'),
        },
        { code: 'MATERIALS', text: t('materials', 'materjalid', 'materiāli', 'medžiaga', 'материалы') },
      ],
    },
    {
      code: 'Q7',
      type: 'TEXT',
      required: false,
      long: true,
      text: t(
        'What should we improve?',
        'Mida peaksime paremaks tegema?',
        'Ko mums vajadzētu uzlabot?',
        'Ką turėtume patobulinti?',
        'Что нам следует улучшить?',
      ),
    },
  ],
};

/**
 * Surveys: templates, surveys, questions, responses (no person, no exact time), answers, and who has
 * answered (apart, for duplicates and reminders only). Loads the standard "after a training session" template.
 */
export class AddSurveys1795500000000 implements MigrationInterface {
  name = 'AddSurveys1795500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "survey_template" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" text NOT NULL, "kind" text NOT NULL, "mode" text NOT NULL, "title" jsonb NOT NULL, "intro" jsonb NOT NULL DEFAULT '{}', "thank_you" jsonb NOT NULL DEFAULT '{}', "texts_may_be_quoted" boolean NOT NULL DEFAULT true, "questions" jsonb NOT NULL DEFAULT '[]', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_76b88b907647bd6dd7b085700ac" UNIQUE ("key"), CONSTRAINT "ck_survey_template_mode" CHECK (mode IN ('ANONYMOUS','CONFIDENTIAL','NAMED')), CONSTRAINT "ck_survey_template_kind" CHECK (kind IN ('FEEDBACK','NEEDS_ANALYSIS','FINAL_EVALUATION')), CONSTRAINT "PK_8b3e1033e973713d55f190b811d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "survey" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "edition_id" uuid NOT NULL, "session_id" uuid, "template_id" uuid, "kind" text NOT NULL, "mode" text NOT NULL, "status" text NOT NULL DEFAULT 'DRAFT', "title" jsonb NOT NULL, "intro" jsonb NOT NULL DEFAULT '{}', "thank_you" jsonb NOT NULL DEFAULT '{}', "texts_may_be_quoted" boolean NOT NULL DEFAULT true, "opens_at" TIMESTAMP WITH TIME ZONE, "closes_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_survey_feedback_session" CHECK ((kind = 'FEEDBACK') = (session_id IS NOT NULL)), CONSTRAINT "ck_survey_window" CHECK (closes_at IS NULL OR opens_at IS NULL OR closes_at > opens_at), CONSTRAINT "ck_survey_status" CHECK (status IN ('DRAFT','OPEN','CLOSED')), CONSTRAINT "ck_survey_mode" CHECK (mode IN ('ANONYMOUS','CONFIDENTIAL','NAMED')), CONSTRAINT "ck_survey_kind" CHECK (kind IN ('FEEDBACK','NEEDS_ANALYSIS','FINAL_EVALUATION')), CONSTRAINT "PK_f0da32b9181e9c02ecf0be11ed3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_survey_edition" ON "survey"  ("edition_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_survey_session" ON "survey"  ("session_id") WHERE session_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "survey_question" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "survey_id" uuid NOT NULL, "position" integer NOT NULL, "code" text NOT NULL, "type" text NOT NULL, "text" jsonb NOT NULL, "required" boolean NOT NULL DEFAULT false, "options" jsonb NOT NULL DEFAULT '[]', "not_applicable" boolean NOT NULL DEFAULT false, "allow_other" boolean NOT NULL DEFAULT false, "long" boolean NOT NULL DEFAULT false, "show_if_question_id" uuid, "show_if_value" text, CONSTRAINT "ck_survey_question_show_if" CHECK ((show_if_question_id IS NULL) = (show_if_value IS NULL)), CONSTRAINT "ck_survey_question_type" CHECK (type IN ('SECTION','LIKERT_5','SCALE_0_10','SINGLE','MULTI','TEXT')), CONSTRAINT "PK_ec6d65e83fd7217202178b79907" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_survey_question_code" ON "survey_question"  ("survey_id", "code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "survey_response" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "survey_id" uuid NOT NULL, "submitted_on" date NOT NULL, "language" text NOT NULL, "country_code" text, "side" text, CONSTRAINT "PK_d9326eb52bf8b23d56a39ce419a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_survey_response_survey" ON "survey_response"  ("survey_id", "country_code", "side") `,
    );
    await queryRunner.query(
      `CREATE TABLE "survey_response_link" ("response_id" uuid NOT NULL, "person_id" uuid NOT NULL, CONSTRAINT "PK_e6c7f231602239c58e1ed0583d4" PRIMARY KEY ("response_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_survey_response_link_person" ON "survey_response_link"  ("person_id") `);
    await queryRunner.query(
      `CREATE TABLE "survey_answer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "response_id" uuid NOT NULL, "question_id" uuid NOT NULL, "value" text NOT NULL, "number" smallint, CONSTRAINT "PK_5a2a931b95ad2a866f8bc039db9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_survey_answer_question" ON "survey_answer"  ("question_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_survey_answer_value" ON "survey_answer"  ("response_id", "question_id", "value") `,
    );
    await queryRunner.query(
      `CREATE TABLE "survey_respondent" ("survey_id" uuid NOT NULL, "person_id" uuid NOT NULL, "answered_on" date NOT NULL, CONSTRAINT "PK_395a3dcac5b80ace981d69b08f6" PRIMARY KEY ("survey_id", "person_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_survey_respondent_person" ON "survey_respondent"  ("person_id") `);
    await queryRunner.query(
      `ALTER TABLE "survey" ADD CONSTRAINT "FK_22a22fd1a09425e2270eaa72f38" FOREIGN KEY ("edition_id") REFERENCES "edition"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey" ADD CONSTRAINT "FK_a16533625e4fa7cf31dd9eaf1f8" FOREIGN KEY ("session_id") REFERENCES "training_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey" ADD CONSTRAINT "FK_8b3e1033e973713d55f190b811d" FOREIGN KEY ("template_id") REFERENCES "survey_template"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_question" ADD CONSTRAINT "FK_347ae83807bbdfc2e91c5c51ec8" FOREIGN KEY ("survey_id") REFERENCES "survey"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_question" ADD CONSTRAINT "FK_86b6faf980477509726d2dbe928" FOREIGN KEY ("show_if_question_id") REFERENCES "survey_question"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_response" ADD CONSTRAINT "FK_3282a960be3ebb4c396bc1e391a" FOREIGN KEY ("survey_id") REFERENCES "survey"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_response_link" ADD CONSTRAINT "FK_e6c7f231602239c58e1ed0583d4" FOREIGN KEY ("response_id") REFERENCES "survey_response"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_response_link" ADD CONSTRAINT "FK_042e2aafa6ca8233001e0cfa28e" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_answer" ADD CONSTRAINT "FK_a7223b9109e9d9e0009e8bbc897" FOREIGN KEY ("response_id") REFERENCES "survey_response"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_answer" ADD CONSTRAINT "FK_169a371203a7379ef17ab7e9992" FOREIGN KEY ("question_id") REFERENCES "survey_question"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_respondent" ADD CONSTRAINT "FK_842662d12e7fcf900406ca13761" FOREIGN KEY ("survey_id") REFERENCES "survey"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_respondent" ADD CONSTRAINT "FK_8e077c24774b86cf1eea1dbe659" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `INSERT INTO survey_template (key, kind, mode, title, intro, thank_you, texts_may_be_quoted, questions) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        AFTER_SESSION.key,
        AFTER_SESSION.kind,
        AFTER_SESSION.mode,
        JSON.stringify(AFTER_SESSION.title),
        JSON.stringify(AFTER_SESSION.intro),
        JSON.stringify(AFTER_SESSION.thankYou),
        AFTER_SESSION.textsMayBeQuoted,
        JSON.stringify(AFTER_SESSION.questions),
      ],
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "survey_respondent" DROP CONSTRAINT "FK_8e077c24774b86cf1eea1dbe659"`);
    await queryRunner.query(`ALTER TABLE "survey_respondent" DROP CONSTRAINT "FK_842662d12e7fcf900406ca13761"`);
    await queryRunner.query(`ALTER TABLE "survey_answer" DROP CONSTRAINT "FK_169a371203a7379ef17ab7e9992"`);
    await queryRunner.query(`ALTER TABLE "survey_answer" DROP CONSTRAINT "FK_a7223b9109e9d9e0009e8bbc897"`);
    await queryRunner.query(`ALTER TABLE "survey_response_link" DROP CONSTRAINT "FK_042e2aafa6ca8233001e0cfa28e"`);
    await queryRunner.query(`ALTER TABLE "survey_response_link" DROP CONSTRAINT "FK_e6c7f231602239c58e1ed0583d4"`);
    await queryRunner.query(`ALTER TABLE "survey_response" DROP CONSTRAINT "FK_3282a960be3ebb4c396bc1e391a"`);
    await queryRunner.query(`ALTER TABLE "survey_question" DROP CONSTRAINT "FK_86b6faf980477509726d2dbe928"`);
    await queryRunner.query(`ALTER TABLE "survey_question" DROP CONSTRAINT "FK_347ae83807bbdfc2e91c5c51ec8"`);
    await queryRunner.query(`ALTER TABLE "survey" DROP CONSTRAINT "FK_8b3e1033e973713d55f190b811d"`);
    await queryRunner.query(`ALTER TABLE "survey" DROP CONSTRAINT "FK_a16533625e4fa7cf31dd9eaf1f8"`);
    await queryRunner.query(`ALTER TABLE "survey" DROP CONSTRAINT "FK_22a22fd1a09425e2270eaa72f38"`);
    await queryRunner.query(`DROP INDEX "public"."ix_survey_respondent_person"`);
    await queryRunner.query(`DROP TABLE "survey_respondent"`);
    await queryRunner.query(`DROP INDEX "public"."uq_survey_answer_value"`);
    await queryRunner.query(`DROP INDEX "public"."ix_survey_answer_question"`);
    await queryRunner.query(`DROP TABLE "survey_answer"`);
    await queryRunner.query(`DROP INDEX "public"."ix_survey_response_link_person"`);
    await queryRunner.query(`DROP TABLE "survey_response_link"`);
    await queryRunner.query(`DROP INDEX "public"."ix_survey_response_survey"`);
    await queryRunner.query(`DROP TABLE "survey_response"`);
    await queryRunner.query(`DROP INDEX "public"."uq_survey_question_code"`);
    await queryRunner.query(`DROP TABLE "survey_question"`);
    await queryRunner.query(`DROP INDEX "public"."uq_survey_session"`);
    await queryRunner.query(`DROP INDEX "public"."ix_survey_edition"`);
    await queryRunner.query(`DROP TABLE "survey"`);
    await queryRunner.query(`DROP TABLE "survey_template"`);
  }
}
