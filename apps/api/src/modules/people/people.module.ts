import { Module } from '@nestjs/common';
import { CompletionModule } from '../completion/completion.module';
import { PeopleDirectoryRepository } from './people-directory.repository';
import { PeopleDirectoryService } from './people-directory.service';
import { PeopleExportController } from './people-export.controller';
import { PeopleRepository } from './people.repository';
import { PeopleResolver } from './people.resolver';
import { PeopleService } from './people.service';
import { PersonRecordRepository } from './person-record.repository';
import { PersonRecordService } from './person-record.service';
import { TutorsRepository } from './tutors.repository';
import { TutorsService } from './tutors.service';

@Module({
  imports: [CompletionModule],
  controllers: [PeopleExportController],
  providers: [
    PeopleService,
    PeopleRepository,
    PeopleDirectoryRepository,
    PeopleDirectoryService,
    PeopleResolver,
    TutorsRepository,
    TutorsService,
    PersonRecordRepository,
    PersonRecordService,
  ],
  exports: [PeopleService, PeopleDirectoryService, TutorsService],
})
export class PeopleModule {}
