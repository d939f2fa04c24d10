import { Check, Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { QuestionDefinition, SurveyKind, SurveyMode, SurveyText } from './survey-definitions';

/**
 * A survey template kept by ADMIN (DESIGN: Survey). FEEDBACK surveys of sessions are made from the
 * template with key `after-session` when a session is scheduled, so every session asks the same
 * questions and results compare across sessions, countries, trainers and module versions.
 */
@Entity()
@Check('ck_survey_template_kind', `kind IN ('FEEDBACK','NEEDS_ANALYSIS','FINAL_EVALUATION')`)
@Check('ck_survey_template_mode', `mode IN ('ANONYMOUS','CONFIDENTIAL','NAMED')`)
export class SurveyTemplate {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  key!: string;

  @Column({ type: 'text' })
  kind!: SurveyKind;

  @Column({ type: 'text' })
  mode!: SurveyMode;

  @Column({ type: 'jsonb' })
  title!: SurveyText;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  intro!: SurveyText;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  thankYou!: SurveyText;

  @Column({ type: 'boolean', default: true })
  textsMayBeQuoted!: boolean;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  questions!: QuestionDefinition[];

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
