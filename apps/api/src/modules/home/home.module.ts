import { Module } from '@nestjs/common';
import { ProgrammesModule } from '../programmes/programmes.module';
import { HomeRepository } from './home.repository';
import { HomeResolver } from './home.resolver';
import { HomeService } from './home.service';

/** The home pages: a tutor's next steps and the work queues of trainers, coordinators and admins. */
@Module({
  imports: [ProgrammesModule],
  providers: [HomeRepository, HomeService, HomeResolver],
})
export class HomeModule {}
