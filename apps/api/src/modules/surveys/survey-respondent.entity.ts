import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Person } from '../people/person.entity';
import { Survey } from './survey.entity';

/**
 * Who has answered a survey, kept apart from the responses and only to stop a second response and
 * reminders: no link to the response, and only the day. The primary key makes one response per
 * person and survey a rule of the database (also for two submissions at the same moment).
 */
@Entity()
@Index('ix_survey_respondent_person', ['personId'])
export class SurveyRespondent {
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

  @Column({ type: 'date' })
  answeredOn!: string;
}
