-- music: PascalCase tables and columns in the manner of Chinook (our own text)
CREATE TABLE `Artist` (
  `ArtistId` INTEGER NOT NULL,
  `Name` VARCHAR(120),
  CONSTRAINT `PK_Artist` PRIMARY KEY (`ArtistId`)
);
CREATE TABLE `Album` (
  `AlbumId` INTEGER NOT NULL,
  `Title` VARCHAR(160) NOT NULL,
  `ArtistId` INTEGER NOT NULL,
  CONSTRAINT `PK_Album` PRIMARY KEY (`AlbumId`),
  CONSTRAINT `FK_AlbumArtistId` FOREIGN KEY (`ArtistId`) REFERENCES `Artist` (`ArtistId`) ON DELETE CASCADE
);
CREATE INDEX `IFK_AlbumArtistId` ON `Album` (`ArtistId`);
CREATE TABLE `Track` (
  `TrackId` INTEGER NOT NULL,
  `Name` VARCHAR(200) NOT NULL,
  `AlbumId` INTEGER,
  `UnitPrice` NUMERIC(10,2) NOT NULL,
  CONSTRAINT `PK_Track` PRIMARY KEY (`TrackId`),
  CONSTRAINT `FK_TrackAlbumId` FOREIGN KEY (`AlbumId`) REFERENCES `Album` (`AlbumId`) ON DELETE SET NULL
);
CREATE INDEX `IFK_TrackAlbumId` ON `Track` (`AlbumId`);
CREATE INDEX `IX_TrackNameAlbum` ON `Track` (`Name`, `AlbumId`);
CREATE TABLE `PlaylistTrack` (
  `PlaylistId` INTEGER NOT NULL,
  `TrackId` INTEGER NOT NULL,
  CONSTRAINT `PK_PlaylistTrack` PRIMARY KEY (`PlaylistId`, `TrackId`),
  CONSTRAINT `FK_PlaylistTrackTrackId` FOREIGN KEY (`TrackId`) REFERENCES `Track` (`TrackId`) ON DELETE CASCADE
);
CREATE INDEX `IFK_PlaylistTrackTrackId` ON `PlaylistTrack` (`TrackId`);
