import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { RoleGrant } from './role-grant.entity';
import type { TutorProfile } from './tutor-profile.entity';

/** An account. Tutor-specific data lives in TutorProfile (directory issue). */
@Entity()
@Index('uq_person_email', ['email'], { unique: true })
// The people list's status filter: deactivated accounts are few, so a partial index finds them.
@Index('ix_person_deactivated', ['deactivatedAt'], { where: 'deactivated_at IS NOT NULL' })
@Check('ck_person_email_lowercase', 'email = lower(email)')
@Check('ck_person_preferred_language', `preferred_language IN ('en','et','lv','lt','ru')`)
export class Person {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lower-cased: e-mail addresses are compared case-insensitively everywhere. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  givenName!: string;

  @Column({ type: 'text' })
  familyName!: string;

  @Column({ type: 'text', default: 'en' })
  preferredLanguage!: string;

  /** IANA zone used to show times; the browser's zone is used until the person picks one. */
  @Column({ type: 'text', nullable: true })
  timeZone!: string | null;

  /** argon2id hash; null until an invited person sets a password. */
  @Column({ type: 'text', nullable: true, select: false })
  passwordHash!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  passwordChangedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deactivatedAt!: Date | null;

  // Consents live per purpose in person_consent / consent_event (modules/privacy).

  /** When the person confirmed reading the privacy notice (on accepting the invitation). */
  @Column({ type: 'timestamptz', nullable: true })
  privacyNoticeAcceptedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @OneToMany('RoleGrant', 'person')
  roleGrants?: RoleGrant[];

  /** Not a column: filled by PeopleRepository.withGrants (leftJoinAndMapOne) with the employer loaded. */
  tutorProfile?: TutorProfile | null;
}
