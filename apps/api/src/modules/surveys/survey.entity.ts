import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Edition } from '../programmes/edition.entity';
import { TrainingSession } from '../training-sessions/training-session.entity';
import type { SurveyKind, SurveyMode, SurveyStatus, SurveyText } from './survey-definitions';
import { SurveyTemplate } from './survey-template.entity';

/**
 * A survey (DESIGN: Survey): FEEDBACK of one session (`session_id`), NEEDS_ANALYSIS or
 * FINAL_EVALUATION of an edition. DRAFT → OPEN → CLOSED within the window `opens_at`..`closes_at`.
 * The mode cannot change once someone has answered (checked under this row's lock).
 */
@Entity()
@Index('uq_survey_session', ['sessionId'], { unique: true, where: 'session_id IS NOT NULL' })
@Index('ix_survey_edition', ['editionId'])
@Index('ix_survey_template', ['templateId'])
@Check('ck_survey_kind', `kind IN ('FEEDBACK','NEEDS_ANALYSIS','FINAL_EVALUATION')`)
@Check('ck_survey_mode', `mode IN ('ANONYMOUS','CONFIDENTIAL','NAMED')`)
@Check('ck_survey_status', `status IN ('DRAFT','OPEN','CLOSED')`)
@Check('ck_survey_window', 'closes_at IS NULL OR opens_at IS NULL OR closes_at > opens_at')
@Check('ck_survey_feedback_session', `(kind = 'FEEDBACK') = (session_id IS NOT NULL)`)
@Check('ck_survey_edit_not_anonymous', `NOT allow_edit_until_close OR mode <> 'ANONYMOUS'`)
export class Survey {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  editionId!: string;

  @ManyToOne(() => Edition, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id' })
  edition?: Edition;

  @Column({ type: 'uuid', nullable: true })
  sessionId!: string | null;

  @ManyToOne(() => TrainingSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: TrainingSession;

  @Column({ type: 'uuid', nullable: true })
  templateId!: string | null;

  @ManyToOne(() => SurveyTemplate, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'template_id' })
  template?: SurveyTemplate;

  @Column({ type: 'text' })
  kind!: SurveyKind;

  @Column({ type: 'text' })
  mode!: SurveyMode;

  @Column({ type: 'text', default: 'DRAFT' })
  status!: SurveyStatus;

  @Column({ type: 'jsonb' })
  title!: SurveyText;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  intro!: SurveyText;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  thankYou!: SurveyText;

  /** Respondents are told that their free texts may be quoted (only then are texts shown, in groups of 10+). */
  @Column({ type: 'boolean', default: true })
  textsMayBeQuoted!: boolean;

  /**
   * A submitted response may be changed until the survey closes. Never in an ANONYMOUS survey: its
   * responses keep no link to the person, so nobody can find their own again (by design).
   */
  @Column({ type: 'boolean', default: false })
  allowEditUntilClose!: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  opensAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closesAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
