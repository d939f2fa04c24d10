import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Person } from '../people/person.entity';
import { Country } from '../reference/country.entity';
import type { StakeholderGroup } from './survey-definitions';
import { Survey } from './survey.entity';

/**
 * A stakeholder asked by e-mail to answer a survey without an account (DESIGN: Survey). The link's
 * token is kept only as its SHA-256 hash. Like `survey_respondent` for people, this row says only
 * whether (and on which day) the link was used, to stop a second response and reminders: nothing
 * links it to the response it sent. A resend replaces the hash (the old link stops working).
 */
@Entity()
@Index('uq_survey_invitation_email', ['surveyId', 'email'], { unique: true })
@Index('uq_survey_invitation_token', ['tokenHash'], { unique: true })
@Check(
  'ck_survey_invitation_group',
  `stakeholder_group IS NULL OR stakeholder_group IN ('SCHOOL_MANAGER','EMPLOYER','AUTHORITY','SOCIAL_PARTNER','TUTOR')`,
)
@Check('ck_survey_invitation_language', `language IN ('en','et','lv','lt','ru')`)
export class SurveyInvitation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  surveyId!: string;

  @ManyToOne(() => Survey, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  survey?: Survey;

  /** The country whose coordinator invited (the response counts in it). */
  @Column({ type: 'char', length: 2 })
  countryCode!: string;

  @ManyToOne(() => Country, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_code' })
  country?: Country;

  /** Lower-cased. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text', nullable: true })
  stakeholderGroup!: StakeholderGroup | null;

  @Column({ type: 'text' })
  language!: string;

  @Column({ type: 'text' })
  tokenHash!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  /** The day the link was used (only the day, as for people's answers). */
  @Column({ type: 'date', nullable: true })
  usedOn!: string | null;

  @Column({ type: 'int', default: 1 })
  sentCount!: number;

  @Column({ type: 'uuid', nullable: true })
  invitedById!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'invited_by_id' })
  invitedBy?: Person;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
