import { Check, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Person } from '../people/person.entity';
import { Survey } from './survey.entity';

export const REMINDER_STEPS = ['DAYS_3', 'DAYS_7', 'EXTRA'] as const;
export type ReminderStep = (typeof REMINDER_STEPS)[number];

/**
 * A reminder claimed for a person who had not answered: the primary key sends each step once, across
 * runs and replicas. No time is kept (it would tell when someone had not answered yet).
 */
@Entity()
@Check('ck_survey_reminder_step', `step IN ('DAYS_3','DAYS_7','EXTRA')`)
export class SurveyReminder {
  @PrimaryColumn({ type: 'uuid' })
  surveyId!: string;

  @ManyToOne(() => Survey, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  survey?: Survey;

  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  @PrimaryColumn({ type: 'text' })
  step!: ReminderStep;
}
