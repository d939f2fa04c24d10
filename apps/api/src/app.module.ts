import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Global, Module, Type } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { AccessFactsModule } from './access-facts/access-facts.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { HttpDomainErrorFilter } from './common/http-error.filter';
import { createValidationPipe } from './common/validation';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { typeormOptions } from './database/typeorm-options';
import { graphqlConfig } from './graphql/graphql-config';
import { HealthController } from './health/health.controller';
import { JobsModule } from './jobs/jobs.module';
import { AssignmentsModule } from './modules/assignments/assignments.module';
import { CockpitModule } from './modules/cockpit/cockpit.module';
import { HomeModule } from './modules/home/home.module';
import { CompletionModule } from './modules/completion/completion.module';
import { CompetencesModule } from './modules/competences/competences.module';
import { SelfAssessmentsModule } from './modules/self-assessments/self-assessments.module';
import { ImportsModule } from './modules/imports/imports.module';
import { InvitationsModule } from './modules/invitations/invitations.module';
import { MailModule } from './modules/mail/mail.module';
import { ModulesModule } from './modules/modules/modules.module';
import { NetworkApplicationsModule } from './modules/network-applications/network-applications.module';
import { NationalProgrammesModule } from './modules/national-programmes/national-programmes.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { OrganisationsModule } from './modules/organisations/organisations.module';
import { PeopleModule } from './modules/people/people.module';
import { ProgrammesModule } from './modules/programmes/programmes.module';
import { ReferenceModule } from './modules/reference/reference.module';
import { TandemsModule } from './modules/tandems/tandems.module';
import { TargetsModule } from './modules/targets/targets.module';
import { TrainingSessionsModule } from './modules/training-sessions/training-sessions.module';
import { StorageModule } from './storage/storage.module';
import { CertificatesModule } from './modules/certificates/certificates.module';
import { PrivacyModule } from './modules/privacy/privacy.module';
import { SurveysModule } from './modules/surveys/surveys.module';
import { GlossaryModule } from './modules/glossary/glossary.module';
import { ResourcesModule } from './modules/resources/resources.module';
import { ProposalsModule } from './modules/proposals/proposals.module';
import { StudyVisitsModule } from './modules/study-visits/study-visits.module';
import { EvidenceModule } from './modules/evidence/evidence.module';
import { PolicyRecommendationsModule } from './modules/policy-recommendations/policy-recommendations.module';
import { FinalEvaluationModule } from './modules/final-evaluation/final-evaluation.module';
import { PeerReviewsModule } from './modules/peer-reviews/peer-reviews.module';

export const APP_LOGGER = Symbol('APP_LOGGER');

export interface AppModuleOptions {
  config: AppConfig;
  logger: Logger;
  /** Path to write the SDL to, or false to keep it in memory (tests, production). */
  schemaFile: string | false;
  extraModules?: (Type | DynamicModule)[];
}

@Global()
@Module({})
export class AppModule {
  static forRoot({ config, logger, schemaFile, extraModules = [] }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRootAsync({ useFactory: () => typeormOptions(config.DATABASE_URL) }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          useFactory: () => graphqlConfig(config, logger, schemaFile),
        }),
        AuditModule,
        StorageModule,
        JobsModule,
        MailModule,
        AuthModule,
        PeopleModule,
        ReferenceModule,
        ProgrammesModule,
        ModulesModule,
        NotificationsModule,
        NationalProgrammesModule,
        OrganisationsModule,
        TandemsModule,
        InvitationsModule,
        ImportsModule,
        AssignmentsModule,
        NetworkApplicationsModule,
        TrainingSessionsModule,
        CompetencesModule,
        SelfAssessmentsModule,
        CompletionModule,
        TargetsModule,
        CockpitModule,
        HomeModule,
        CertificatesModule,
        PrivacyModule,
        SurveysModule,
        GlossaryModule,
        ResourcesModule,
        ProposalsModule,
        StudyVisitsModule,
        EvidenceModule,
        PolicyRecommendationsModule,
        FinalEvaluationModule,
        PeerReviewsModule,
        AccessFactsModule,
        ...extraModules,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_LOGGER, useValue: logger },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: HttpDomainErrorFilter },
      ],
      exports: [APP_CONFIG, APP_LOGGER],
    };
  }
}
