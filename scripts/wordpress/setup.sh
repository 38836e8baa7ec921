#!/usr/bin/env bash
# Set up a real WordPress on loopback for Redaksi's WordPress export integration test.
#
#   sudo scripts/wordpress/setup.sh            # install + start + write credentials
#   REDAKSI_WP_PORT=8089 REDAKSI_WP_ENV_FILE=/tmp/redaksi-wp.env scripts/wordpress/setup.sh
#   sudo scripts/wordpress/setup.sh --stop     # stop Apache and MariaDB again (data is kept)
#
# What it does (see scripts/wordpress/README.md for the why of each step):
#  1. apt-get installs Debian's apache2, libapache2-mod-php, php-mysql, mariadb-server, wordpress, curl
#     (skipped when they are already installed, so a re-run is quick);
#  2. starts MariaDB and Apache (no systemd needed: init scripts / apache2ctl);
#  3. creates the database + DB user, a Debian-style /etc/wordpress/config-127.0.0.1.php and an
#     Apache site on 127.0.0.1:$PORT only (never on a public interface);
#  4. installs WordPress through PHP CLI (wp-cli is not packaged in Debian 12), enables pretty
#     permalinks so /wp-json/ works;
#  5. creates an Application Password for the admin user and writes the credentials to
#     $ENV_FILE (mode 0600), which tests/services/wordpress.test.ts reads.
# Idempotent: every step checks before it acts. Must run as root; under sudo the credentials
# file is handed to $SUDO_USER (or $REDAKSI_WP_ENV_OWNER) so the tests can read it.
set -euo pipefail

PORT="${REDAKSI_WP_PORT:-8089}"
HOST=127.0.0.1
ENV_FILE="${REDAKSI_WP_ENV_FILE:-/tmp/redaksi-wp.env}"
DB_NAME=redaksi_wp
DB_USER=redaksi_wp
WP_ADMIN=redaksi
STATE_DIR=/etc/redaksi-wp            # generated secrets (DB + admin password), root-only
WP_DIR=/usr/share/wordpress
CONTENT_DIR=/var/lib/wordpress/wp-content
URL="http://$HOST:$PORT"

log() { printf '[wp-setup %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
started=$(date +%s)

if [ "$(id -u)" -ne 0 ]; then echo "setup.sh must run as root (it installs packages and starts services)" >&2; exit 2; fi

if [ "${1:-}" = "--stop" ]; then
  command -v apache2ctl >/dev/null && apache2ctl stop 2>/dev/null || true
  command -v service >/dev/null && service mariadb stop >/dev/null 2>&1 || true
  log "stopped apache and mariadb"; exit 0
fi

# 1. packages -----------------------------------------------------------------------------------
PKGS=(apache2 libapache2-mod-php php-mysql php-cli mariadb-server mariadb-client wordpress curl)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  log "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # an old package list (fresh container) makes installs fail with 404s; refresh once
  if [ -z "$(find /var/lib/apt/lists -maxdepth 1 -name '*Packages*' -mmin -360 2>/dev/null | head -1)" ]; then
    apt-get update -qq
  fi
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  log "packages already installed"
fi

# 2. MariaDB --------------------------------------------------------------------------------------
if ! mysqladmin ping --silent >/dev/null 2>&1; then
  log "starting mariadb"
  service mariadb start >/dev/null 2>&1 || /etc/init.d/mariadb start >/dev/null
  for _ in $(seq 1 30); do mysqladmin ping --silent >/dev/null 2>&1 && break; sleep 1; done
fi
mysqladmin ping --silent >/dev/null 2>&1 || { echo "mariadb did not start" >&2; exit 1; }

install -d -m 0700 "$STATE_DIR"
[ -s "$STATE_DIR/db.pass" ] || (umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$STATE_DIR/db.pass")
[ -s "$STATE_DIR/admin.pass" ] || (umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$STATE_DIR/admin.pass")
DB_PASS=$(cat "$STATE_DIR/db.pass")
ADMIN_PASS=$(cat "$STATE_DIR/admin.pass")

# root connects through the unix socket (Debian's default unix_socket auth), no password needed
mysql -u root <<SQL
CREATE DATABASE IF NOT EXISTS \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASS';
ALTER USER '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASS';
GRANT ALL PRIVILEGES ON \`$DB_NAME\`.* TO '$DB_USER'@'localhost';
FLUSH PRIVILEGES;
SQL

# 3. WordPress config (Debian looks up /etc/wordpress/config-<host>.php from HTTP_HOST) ------------
KEYS_FILE="$STATE_DIR/salts.php"
if [ ! -s "$KEYS_FILE" ]; then
  (umask 077; {
    echo '<?php'
    for k in AUTH_KEY SECURE_AUTH_KEY LOGGED_IN_KEY NONCE_KEY AUTH_SALT SECURE_AUTH_SALT LOGGED_IN_SALT NONCE_SALT; do
      echo "define('$k', '$(head -c 48 /dev/urandom | base64 | tr -d '/+=\n')');"
    done
  } > "$KEYS_FILE")
fi
CONF=/etc/wordpress/config-$HOST.php
cat > "$CONF.new" <<PHP
<?php
// Written by Redaksi's scripts/wordpress/setup.sh: a throwaway loopback WordPress for tests.
define('DB_NAME', '$DB_NAME');
define('DB_USER', '$DB_USER');
define('DB_PASSWORD', '$DB_PASS');
define('DB_HOST', 'localhost');
define('WP_CONTENT_DIR', '$CONTENT_DIR');
define('WP_HOME', '$URL');
define('WP_SITEURL', '$URL');
// Application Passwords are only offered over HTTPS unless the environment type is 'local'
// (wp_is_application_passwords_supported() = is_ssl() || wp_get_environment_type() === 'local').
// This site listens on 127.0.0.1 only, so plain http is acceptable; 'local' is WordPress's own
// documented switch for exactly this case (no mu-plugin filter needed).
define('WP_ENVIRONMENT_TYPE', 'local');
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
require '$KEYS_FILE';
PHP
chmod 0640 "$CONF.new"; chgrp www-data "$CONF.new"
mv "$CONF.new" "$CONF"
ln -sf "$CONF" /etc/wordpress/config-localhost.php
chgrp www-data "$KEYS_FILE"; chmod 0640 "$KEYS_FILE"; chmod 0711 "$STATE_DIR"
install -d -o www-data -g www-data "$CONTENT_DIR/uploads"

# 4. Apache on loopback only ----------------------------------------------------------------------
SITE=/etc/apache2/sites-available/redaksi-wp.conf
cat > "$SITE.new" <<APACHE
# Redaksi test WordPress (scripts/wordpress/setup.sh). Loopback only.
Listen $HOST:$PORT
<VirtualHost $HOST:$PORT>
    ServerName $HOST
    DocumentRoot $WP_DIR
    Alias /wp-content $CONTENT_DIR
    <Directory $WP_DIR>
        Options FollowSymLinks
        AllowOverride None
        Require all granted
        DirectoryIndex index.php
        # WordPress's standard pretty-permalink rules, here instead of an .htaccess
        RewriteEngine On
        RewriteBase /
        RewriteRule ^index\.php$ - [L]
        RewriteCond %{REQUEST_FILENAME} !-f
        RewriteCond %{REQUEST_FILENAME} !-d
        RewriteRule . /index.php [L]
    </Directory>
    <Directory $CONTENT_DIR>
        Options FollowSymLinks
        Require all granted
    </Directory>
    ErrorLog \${APACHE_LOG_DIR}/redaksi-wp-error.log
    CustomLog \${APACHE_LOG_DIR}/redaksi-wp-access.log combined
</VirtualHost>
APACHE
changed=0
if ! cmp -s "$SITE.new" "$SITE" 2>/dev/null; then mv "$SITE.new" "$SITE"; changed=1; else rm -f "$SITE.new"; fi
# the stock site listens on *:80 (every interface); the test site needs none of it
if grep -q '^Listen 80$' /etc/apache2/ports.conf; then
  sed -i 's/^Listen 80$/# Listen 80  (disabled by redaksi scripts\/wordpress\/setup.sh: loopback-only test box)/' /etc/apache2/ports.conf; changed=1
fi
[ -e /etc/apache2/sites-enabled/000-default.conf ] && { a2dissite -q 000-default >/dev/null; changed=1; }
[ -e /etc/apache2/mods-enabled/rewrite.load ] || { a2enmod -q rewrite >/dev/null; changed=1; }
[ -e /etc/apache2/sites-enabled/redaksi-wp.conf ] || { a2ensite -q redaksi-wp >/dev/null; changed=1; }
# silence "Could not reliably determine the server's fully qualified domain name"
[ -e /etc/apache2/conf-enabled/redaksi-servername.conf ] || { echo 'ServerName 127.0.0.1' > /etc/apache2/conf-available/redaksi-servername.conf; a2enconf -q redaksi-servername >/dev/null; changed=1; }
apache2ctl configtest >/dev/null 2>&1 || { apache2ctl configtest; exit 1; }
if ! pgrep -x apache2 >/dev/null; then
  # a pid file left by an apache that did not stop (a killed session or container) makes
  # apache2ctl refuse to start ("httpd already running") although nothing listens
  APACHE_PID_FILE=$(set +u; . /etc/apache2/envvars 2>/dev/null; echo "${APACHE_PID_FILE:-/var/run/apache2/apache2.pid}")
  [ -e "$APACHE_PID_FILE" ] && { log "removing the stale apache pid file $APACHE_PID_FILE"; rm -f "$APACHE_PID_FILE"; }
  log "starting apache on $URL"
  apache2ctl start
elif [ "$changed" = 1 ]; then
  log "reloading apache"
  apache2ctl graceful
fi
for _ in $(seq 1 30); do curl -s -o /dev/null "$URL/wp-login.php" && break; sleep 0.5; done

# 5. WordPress install + permalinks + Application Password, through PHP CLI ----------------------
# (HTTP_HOST tells Debian's wp-config.php which config-<host>.php to load)
PHP_OUT=$(cd "$WP_DIR" && ADMIN_PASS="$ADMIN_PASS" ENV_FILE="$ENV_FILE" URL="$URL" WP_ADMIN="$WP_ADMIN" php -d display_errors=stderr <<'PHP'
<?php
$_SERVER['HTTP_HOST'] = '127.0.0.1';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', true);   // lets wp-load.php run before the tables exist
require_once './wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
$admin = getenv('WP_ADMIN');
if (!is_blog_installed()) {
    add_filter('pre_wp_mail', '__return_false');   // no MTA here; skip the "new site" mail
    wp_install('Redaksi test site', $admin, 'redaksi@example.invalid', false, '', getenv('ADMIN_PASS'));
    file_put_contents('php://stderr', "installed WordPress\n");
}
if (get_option('permalink_structure') !== '/%year%/%monthnum%/%postname%/') {
    global $wp_rewrite;
    $wp_rewrite->set_permalink_structure('/%year%/%monthnum%/%postname%/');
    flush_rewrite_rules(false);
}
$user = get_user_by('login', $admin);
if (!$user) { file_put_contents('php://stderr', "admin user missing\n"); exit(1); }
// keep the admin's password in step with the stored one (a re-run after a wipe of /etc/redaksi-wp)
if (!wp_check_password(getenv('ADMIN_PASS'), $user->user_pass, $user->ID)) wp_set_password(getenv('ADMIN_PASS'), $user->ID);
echo "USER_ID=" . $user->ID . "\n";
PHP
)
USER_ID=$(printf '%s\n' "$PHP_OUT" | sed -n 's/^USER_ID=//p')
[ -n "$USER_ID" ] || { echo "WordPress install failed: $PHP_OUT" >&2; exit 1; }

app_password_works() {
  [ -s "$ENV_FILE" ] || return 1
  local u p
  u=$(sed -n 's/^REDAKSI_WP_USER=//p' "$ENV_FILE"); p=$(sed -n 's/^REDAKSI_WP_APP_PASSWORD=//p' "$ENV_FILE")
  [ -n "$p" ] || return 1
  [ "$(curl -s -o /dev/null -w '%{http_code}' -u "$u:$p" "$URL/wp-json/wp/v2/users/me")" = 200 ]
}
if app_password_works; then
  log "existing application password in $ENV_FILE still works"
else
  log "creating application password"
  APP_PASS=$(cd "$WP_DIR" && USER_ID="$USER_ID" php -d display_errors=stderr <<'PHP'
<?php
$_SERVER['HTTP_HOST'] = '127.0.0.1';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
require_once './wp-load.php';
$uid = (int) getenv('USER_ID');
foreach (WP_Application_Passwords::get_user_application_passwords($uid) as $item) {
    if ($item['name'] === 'redaksi-test') WP_Application_Passwords::delete_application_password($uid, $item['uuid']);
}
$r = WP_Application_Passwords::create_new_application_password($uid, array('name' => 'redaksi-test'));
if (is_wp_error($r)) { file_put_contents('php://stderr', $r->get_error_message() . "\n"); exit(1); }
echo $r[0];
PHP
)
  (umask 077; cat > "$ENV_FILE.new" <<ENVF
# Written by scripts/wordpress/setup.sh — a loopback test WordPress. Read by tests/services/wordpress.test.ts.
REDAKSI_WP_URL=$URL
REDAKSI_WP_USER=$WP_ADMIN
REDAKSI_WP_APP_PASSWORD=$APP_PASS
ENVF
  )
  mv "$ENV_FILE.new" "$ENV_FILE"
  app_password_works || { echo "application password was created but the REST API refuses it (is Authorization reaching PHP?)" >&2; exit 1; }
fi
chmod 0600 "$ENV_FILE"
# run through sudo: the tests run as the calling user, who must be able to read the file
OWNER="${REDAKSI_WP_ENV_OWNER:-${SUDO_USER:-}}"
if [ -n "$OWNER" ] && [ "$OWNER" != root ]; then chown "$OWNER" "$ENV_FILE"; fi
log "ready: $URL (REST $URL/wp-json/wp/v2/), credentials in $ENV_FILE, took $(( $(date +%s) - started ))s"
