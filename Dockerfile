# Build: a static-enough binary (bundled SQLite, rustls, no libpq). The build context excludes
# target/, data/, keys and databases (.dockerignore): no secret can end up in a layer.
FROM rust:1.95-bookworm AS build
WORKDIR /src
COPY . .
RUN cargo build --release --locked

FROM debian:bookworm-slim
RUN useradd --system --home /var/lib/ai-usage ai-usage && mkdir -p /var/lib/ai-usage && chown ai-usage /var/lib/ai-usage && chmod 0700 /var/lib/ai-usage
COPY --from=build /src/target/release/ai-usage /usr/local/bin/ai-usage
USER ai-usage
ENV AI_USAGE_DATA_DIR=/var/lib/ai-usage AI_USAGE_LISTEN=0.0.0.0:8080
EXPOSE 8080
VOLUME /var/lib/ai-usage
ENTRYPOINT ["ai-usage"]
CMD ["serve"]
