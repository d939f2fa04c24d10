import { AuditEvent } from '../audit/audit-event.entity';
import { LoginAttempt } from '../auth/login-attempt.entity';
import { Session } from '../auth/session.entity';
import { ClusterLink } from '../modules/organisations/cluster-link.entity';
import { Organisation } from '../modules/organisations/organisation.entity';
import { Person } from '../modules/people/person.entity';
import { RoleGrant } from '../modules/people/role-grant.entity';
import { TutorParticipation } from '../modules/people/tutor-participation.entity';
import { TutorProfile } from '../modules/people/tutor-profile.entity';
import { Module } from '../modules/modules/module.entity';
import { ModuleVersion } from '../modules/modules/module-version.entity';
import { NationalProgrammeItem } from '../modules/national-programmes/national-programme-item.entity';
import { NationalProgramme } from '../modules/national-programmes/national-programme.entity';
import { Notification } from '../modules/notifications/notification.entity';
import { CyclePhase } from '../modules/programmes/cycle-phase.entity';
import { Edition } from '../modules/programmes/edition.entity';
import { Programme } from '../modules/programmes/programme.entity';
import { Country } from '../modules/reference/country.entity';
import { StoredFile } from '../storage/stored-file.entity';
import { TandemMember } from '../modules/tandems/tandem-member.entity';
import { Tandem } from '../modules/tandems/tandem.entity';
import { OutboxMessage } from '../modules/mail/outbox-message.entity';
import { AccountToken } from '../modules/invitations/account-token.entity';
import { ImportJob } from '../modules/imports/import-job.entity';

/** Every entity, listed explicitly: the API is bundled, so globbing for files would find none. */
export const ENTITIES = [Country, Organisation, Person, RoleGrant, Session, LoginAttempt, AuditEvent, Programme, Edition, CyclePhase, Module, ModuleVersion, StoredFile, NationalProgramme, NationalProgrammeItem, Notification, ClusterLink, TutorProfile, TutorParticipation, Tandem, TandemMember, OutboxMessage, AccountToken, ImportJob];
