# syntax=docker/dockerfile:1
# Build: the same command as CI's build (.ci/build), with the Maven wrapper.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY .ci/build .ci/build
COPY src/ src/
RUN bash .ci/build && java -Djarmode=tools -jar target/accounts-api.jar extract --layers --destination /layers

# Run: a JRE, a non-root user, the jar beside its libraries in layers from least to most often changed, and the
# ahead-of-time cache the bench starts from, trained here (a cache serves only the JVM that wrote it; without a
# database, the training start stops once the context is up).
FROM eclipse-temurin:25-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app accounts
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
# The JVM flags the bench measures (bench/lib.sh): a small fixed heap and the serial collector (the cache is tied to
# them), compiled code unloaded only when its cache nears full, and the application context the build processed ahead
# of time (a JDK 21+ build does; pom.xml, profile spring-aot).
ENV JAVA_OPTS="-Xms64m -Xmx192m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -XX:SweeperThreshold=100 -XX:MaxMetaspaceSize=160m -Dspring.aot.enabled=true -XX:+ExitOnOutOfMemoryError"
COPY bin/aot-cache /usr/local/bin/aot-cache
RUN bash /usr/local/bin/aot-cache /app/accounts-api.jar /app && rm /app/training.log
USER 10001
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -XX:AOTCache=/app/accounts-api.aot -jar /app/accounts-api.jar"]
