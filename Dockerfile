# ArchivePortal: the public portal in a container.
#   docker build -t archive-portal .
#   docker run -p 8080:8080 -v archive-data:/app/index-data archive-portal
# The first start imports content/ into the (empty) volume; later starts reuse it.
# The `archive` command is in the image too, on the same volume (README, Docker):
#   docker exec <container> archive import /records      (or docker run --rm --entrypoint archive …)

# --- build: restore with only the project files first, so the restore layer is cached ---
FROM mcr.microsoft.com/dotnet/sdk:10.0-noble AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props ./
COPY src/ArchivePortal.Core/ArchivePortal.Core.csproj src/ArchivePortal.Core/
COPY src/ArchivePortal.Storage/ArchivePortal.Storage.csproj src/ArchivePortal.Storage/
COPY src/ArchivePortal.Ingest/ArchivePortal.Ingest.csproj src/ArchivePortal.Ingest/
COPY src/ArchivePortal.Web/ArchivePortal.Web.csproj src/ArchivePortal.Web/
COPY src/ArchivePortal.Cli/ArchivePortal.Cli.csproj src/ArchivePortal.Cli/
RUN dotnet restore src/ArchivePortal.Web/ArchivePortal.Web.csproj && dotnet restore src/ArchivePortal.Cli/ArchivePortal.Cli.csproj
COPY src/ src/
RUN dotnet publish src/ArchivePortal.Web/ArchivePortal.Web.csproj -c Release --no-restore -o /app/publish \
 && dotnet publish src/ArchivePortal.Cli/ArchivePortal.Cli.csproj -c Release --no-restore -o /app/publish/cli

# --- runtime: ASP.NET Core on Ubuntu 24.04 (.NET 10 ships no Debian images) ---
FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble AS runtime
# ICU for the Chinese word breaker and transliteration (the loader probes libicuuc.so.N, so the
# distribution's version — 74 on noble, 72 on Debian 12 — is fine); OpenCC and its dictionaries for
# Taiwan and Hong Kong vocabulary (docs/regional-chinese.md); curl for the health check.
RUN apt-get update \
 && apt-get install -y --no-install-recommends libicu74 libopencc1.1 libopencc-data curl \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app/publish ./
# Static assets and sample content live at the repository root; the portal finds wwwroot/ by
# walking up from its folder and resolves index-data/ and content/ against the same root.
COPY wwwroot/ ./wwwroot/
COPY content/ ./content/
RUN mkdir -p /app/index-data && chown -R "$APP_UID" /app/index-data \
 && printf '#!/bin/sh\nexec dotnet /app/cli/archive.dll "$@"\n' >/usr/local/bin/archive && chmod +x /usr/local/bin/archive
VOLUME /app/index-data
# The container speaks plain HTTP behind a proxy that terminates TLS: forwarded headers tell the
# portal the visitor's scheme, which sign-in needs (its cookie is Secure; docs/curation.md).
ENV ASPNETCORE_HTTP_PORTS=8080 \
    ASPNETCORE_FORWARDEDHEADERS_ENABLED=true \
    Archive__Database=index-data/archive.db \
    Archive__ImportWhenEmpty=content
EXPOSE 8080
# The images define the unprivileged user "app" with this id.
USER $APP_UID
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8080/health || exit 1
ENTRYPOINT ["dotnet", "ArchivePortal.Web.dll"]
