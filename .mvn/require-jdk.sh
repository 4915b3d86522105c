# Sourced by mvnw and the run script: stop with a clear message unless a JDK 17 or newer is found.
vswitch_java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if ! command -v "$vswitch_java" >/dev/null 2>&1; then
  echo "The vSwitch controller needs a JDK 17 or newer, and none was found (no 'java' on PATH and no JAVA_HOME)." >&2
  echo "Install one, e.g. on Debian: apt-get install openjdk-17-jdk-headless" >&2
  exit 1
fi
vswitch_java_version=$("$vswitch_java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
case "$vswitch_java_version" in
  1.*|9|1[0-6]|"")
    echo "The vSwitch controller needs a JDK 17 or newer; $vswitch_java is version ${vswitch_java_version:-unknown}." >&2
    echo "Point JAVA_HOME at a JDK 17+ (e.g. /usr/lib/jvm/java-17-openjdk-amd64)." >&2
    exit 1
    ;;
esac
if ! command -v "${JAVA_HOME:+$JAVA_HOME/bin/}javac" >/dev/null 2>&1; then
  echo "Found a Java runtime ($vswitch_java_version) but no JDK compiler (javac): install a full JDK 17+." >&2
  exit 1
fi
