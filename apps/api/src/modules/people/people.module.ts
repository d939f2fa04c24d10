import { Module } from '@nestjs/common';
import { PeopleDirectoryService } from './people-directory.service';
import { PeopleResolver } from './people.resolver';
import { PeopleService } from './people.service';
import { TutorsService } from './tutors.service';

@Module({
  providers: [PeopleService, PeopleDirectoryService, PeopleResolver, TutorsService],
  exports: [PeopleService, PeopleDirectoryService, TutorsService],
})
export class PeopleModule {}
